import "server-only";
import { territoryScope } from "@/lib/auth/scope";
import { committeeColleges, regionalColleges, type PermissionUser } from "@/lib/auth/permissions";
import { auditOperationLabel } from "@/lib/audit/labels";
import { getPrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { sendEmail } from "@/lib/mail/send";
import { digestWeekOf, type DigestWeek } from "./digest-week";
import { renderNotificationEmail, type EmailSection } from "./email";
import { getDeliveryPreferences, kindsInDigest } from "./preferences";

/** Lines per territory; the rest is counted and linked to the territory. */
const MAX_LINES_PER_TERRITORY = 30;
/** The changes a digest reports: those of the action plan and the séances (the territory's history). */
const DIGEST_ENTITY_TYPES = ["action", "meeting"];

type Member = PermissionUser & { email: string; name: string };

function recordedTitle(snapshots: unknown[]): string | null {
  for (const snapshot of snapshots) {
    const title = (snapshot as { title?: unknown } | null)?.title;
    if (typeof title === "string" && title) return title;
  }
  return null;
}

/** The week's changes in the territories the member reads, as e-mail sections (one per territory). */
async function weekChanges(member: Member, week: DigestWeek): Promise<{ sections: EmailSection[]; total: number }> {
  const prisma = getPrisma();
  const territories = await prisma.territory.findMany({
    where: territoryScope(member),
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
  const events = await prisma.auditEvent.findMany({
    where: {
      territoryId: { in: territories.map((territory) => territory.id) },
      entityType: { in: DIGEST_ENTITY_TYPES },
      occurredAt: { gte: week.from, lt: week.to },
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    select: {
      occurredAt: true,
      entityType: true,
      entityId: true,
      territoryId: true,
      operation: true,
      before: true,
      after: true,
    },
  });
  const sections = territories.flatMap((territory) => {
    const own = events.filter((event) => event.territoryId === territory.id);
    if (!own.length) return [];
    const lines = own.slice(0, MAX_LINES_PER_TERRITORY).map((event) => {
      const title = recordedTitle([event.after, event.before]);
      const subject = event.entityType === "action" ? `action « ${title ?? "sans titre"} »` : "séance";
      const path = event.entityType === "action" ? "actions" : "seances";
      return {
        text: `${formatDate(event.occurredAt)} — ${auditOperationLabel(event.operation)} : ${subject}`,
        href: `/territoires/${territory.slug}/${path}/${event.entityId}`,
      };
    });
    if (own.length > lines.length) {
      lines.push({
        text: `… et ${own.length - lines.length} autres changements`,
        href: `/territoires/${territory.slug}`,
      });
    }
    const count = own.length === 1 ? "1 changement" : `${own.length} changements`;
    return [{ heading: `${territory.name} (${count})`, lines }];
  });
  return { sections, total: events.length };
}

/** Who receives a digest: the members of committees and the Région and État officers (not the operator). */
async function digestRecipients(): Promise<Member[]> {
  const users = await getPrisma().user.findMany({
    where: { disabledAt: null, college: { in: [...committeeColleges, ...regionalColleges] } },
    select: {
      id: true,
      email: true,
      name: true,
      college: true,
      regionCode: true,
      memberships: { select: { territoryId: true, isBinome: true } },
    },
    orderBy: { id: "asc" },
  });
  return users;
}

/**
 * The weekly digest as of `now`: for each member, the previous ISO week's changes in the
 * territories they read (the audit log), plus the notifications of the kinds they send to the
 * digest, not yet digested. Once per member and week (dedupe key "digest:<week>"); nothing is sent
 * when nothing changed, nor to a member who turned the digest off.
 */
export async function runWeeklyDigest(now: Date): Promise<{ sent: number }> {
  const prisma = getPrisma();
  const week = digestWeekOf(now);
  let sent = 0;
  for (const member of await digestRecipients()) {
    const preferences = await getDeliveryPreferences(member.id);
    if (preferences.DIGEST === "OFF") continue;
    const pending = await prisma.notification.findMany({
      where: {
        userId: member.id,
        digestedAt: null,
        kind: { in: kindsInDigest(preferences) },
        createdAt: { lt: week.to },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, href: true },
    });
    const changes = await weekChanges(member, week);
    if (!changes.total && !pending.length) continue;

    const period = `du ${formatDate(dayToDate(week.firstDay))} au ${formatDate(dayToDate(week.lastDay))}`;
    const [digest] = await prisma.notification.createManyAndReturn({
      data: [
        {
          userId: member.id,
          kind: "DIGEST",
          rule: "digest",
          dedupeKey: `digest:${week.label}`,
          title: `Récapitulatif de la semaine ${period}`,
          body: `Changements dans vos territoires : ${changes.total}. Rappels : ${pending.length}.`,
          href: "/notifications",
        },
      ],
      skipDuplicates: true,
      select: { id: true },
    });
    // Another worker, or an earlier run of this tick, already sent this week's digest.
    if (!digest) continue;
    const sections: EmailSection[] = [
      ...(pending.length
        ? [{ heading: "Vos rappels", lines: pending.map((item) => ({ text: item.title, href: item.href })) }]
        : []),
      ...changes.sections,
    ];
    const email = await sendEmail({
      to: member.email,
      ...renderNotificationEmail({
        userId: member.id,
        kind: "DIGEST",
        subject: `TI Pilotage : récapitulatif de la semaine ${period}`,
        greeting: `Bonjour ${member.name},`,
        intro: changes.total
          ? `Voici ce qui a changé ${period} dans vos territoires.`
          : `Aucun changement ${period} dans vos territoires ; voici vos rappels.`,
        sections,
        link: { label: "Voir toutes vos notifications", href: "/notifications" },
      }),
    });
    await prisma.notification.update({ where: { id: digest.id }, data: { emailId: email.id } });
    await prisma.notification.updateMany({
      where: { id: { in: pending.map((item) => item.id) } },
      data: { digestedAt: now },
    });
    sent += 1;
  }
  return { sent };
}
