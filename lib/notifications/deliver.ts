import "server-only";
import { getPrisma } from "@/lib/db";
import { sendEmail } from "@/lib/mail/send";
import { ruleKinds, type NotificationRule } from "./kinds";
import { renderNotificationEmail } from "./email";
import { deliveryModesFor } from "./preferences";

/** A notification a rule wants to give a member; the dedupe key says "this one, once". */
export type NotificationDraft = {
  userId: string;
  rule: NotificationRule;
  dedupeKey: string;
  title: string;
  body: string;
  href: string;
  /** The e-mail's link text, e.g. "Ouvrir l'action". */
  linkLabel: string;
};

const INSERT_CHUNK = 1_000;

/**
 * Records the drafts as notifications and e-mails the members who want this kind right away.
 * INSERT … ON CONFLICT DO NOTHING on (userId, dedupeKey): only a row this call inserted is
 * e-mailed, so a job run twice — or by two workers at the same tick — notifies once.
 * Delivery modes: IMMEDIATE → in the app and by e-mail now; DIGEST → in the app, and in the next
 * weekly digest; OFF → in the app only (the bell shows it; "Jamais" turns the e-mails off).
 */
export async function deliverNotifications(
  drafts: readonly NotificationDraft[],
): Promise<{ created: number; emailed: number }> {
  const prisma = getPrisma();
  let created = 0;
  let emailed = 0;
  for (let start = 0; start < drafts.length; start += INSERT_CHUNK) {
    const chunk = drafts.slice(start, start + INSERT_CHUNK);
    const inserted = await prisma.notification.createManyAndReturn({
      data: chunk.map((draft) => ({
        userId: draft.userId,
        kind: ruleKinds[draft.rule],
        rule: draft.rule,
        dedupeKey: draft.dedupeKey,
        title: draft.title,
        body: draft.body,
        href: draft.href,
      })),
      skipDuplicates: true,
      select: { id: true, userId: true, kind: true, dedupeKey: true },
    });
    created += inserted.length;
    if (inserted.length === 0) continue;
    // One read of the recipients and of their preferences per chunk, not one per notification.
    const userIds = [...new Set(inserted.map((notification) => notification.userId))];
    const kinds = [...new Set(inserted.map((notification) => notification.kind))];
    const [users, modesByKind] = await Promise.all([
      prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }),
      Promise.all(kinds.map(async (kind) => [kind, await deliveryModesFor(userIds, kind)] as const)),
    ]);
    const recipients = new Map(users.map((user) => [user.id, user]));
    const modes = new Map(modesByKind);
    const drafted = new Map(chunk.map((draft) => [`${draft.userId} ${draft.dedupeKey}`, draft]));
    for (const notification of inserted) {
      const draft = drafted.get(`${notification.userId} ${notification.dedupeKey}`)!;
      const user = recipients.get(notification.userId);
      if (!user || modes.get(notification.kind)?.get(notification.userId) !== "IMMEDIATE") continue;
      const email = await sendEmail({
        to: user.email,
        ...renderNotificationEmail({
          userId: notification.userId,
          kind: notification.kind,
          subject: `TI Pilotage : ${draft.title}`,
          greeting: `Bonjour ${user.name},`,
          intro: draft.body,
          sections: [],
          link: { label: draft.linkLabel, href: draft.href },
        }),
      });
      await prisma.notification.update({ where: { id: notification.id }, data: { emailId: email.id } });
      emailed += 1;
    }
  }
  return { created, emailed };
}
