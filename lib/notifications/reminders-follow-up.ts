import "server-only";
import { actionConcerned, actionUpdatedWithin } from "@/lib/campaigns/period-sql";
import { getPrisma } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { decisionInState } from "@/lib/meetings/decision-state-sql";
import type { NotificationDraft } from "./deliver";

/** A campaign's deadline this many days ahead (or fewer) calls for a reminder. */
export const CAMPAIGN_DEADLINE_DAYS = 7;

const notYetNotified = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM "Notification" n WHERE n."userId" = due."userId" AND n."dedupeKey" = due."dedupeKey")`;

/**
 * A campaign's deadline is within a week, the territory's report is still to be submitted (open, or
 * returned for compléments) and some concerned actions have no point in the period: the territory's
 * chef·fe(s) de projet and binôme hear of it, once per report and deadline.
 */
export async function campaignReminderDrafts(today: string): Promise<NotificationDraft[]> {
  const periodStart = Prisma.sql`r."periodStart"`;
  const asOf = Prisma.sql`c."asOf"`;
  const rows = await getPrisma().$queryRaw<
    {
      userId: string;
      dedupeKey: string;
      campaignId: string;
      name: string;
      deadline: Date;
      territoryName: string;
      slug: string;
      missing: number;
    }[]
  >(Prisma.sql`
    SELECT * FROM (
      SELECT m."userId", 'campaign.deadline:' || r.id || ':' || to_char(c.deadline, 'YYYY-MM-DD') AS "dedupeKey",
        c.id AS "campaignId", c.name, c.deadline, t.name AS "territoryName", t.slug, pending.missing
      FROM "CampaignReport" r
      JOIN "Campaign" c ON c.id = r."campaignId"
      JOIN "Territory" t ON t.id = r."territoryId"
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS missing
        FROM "Action" a JOIN "ActionStatus" s ON s.code = a."statusCode"
        WHERE a."territoryId" = r."territoryId"
          AND ${actionConcerned("a", "s", periodStart, asOf)}
          AND NOT ${actionUpdatedWithin("a", periodStart, asOf)}
      ) pending
      JOIN "Membership" m ON m."territoryId" = r."territoryId"
      JOIN "User" u ON u.id = m."userId" AND u."disabledAt" IS NULL
      WHERE r.state IN ('OPEN', 'RETURNED')
        AND c.deadline >= ${today}::date AND c.deadline <= ${today}::date + ${CAMPAIGN_DEADLINE_DAYS}::int
        AND pending.missing > 0
        AND (m."isBinome" OR u.college = 'CHEF_DE_PROJET')
    ) due
    WHERE ${notYetNotified}
  `);
  return rows.map((row) => ({
    userId: row.userId,
    rule: "campaign.deadline",
    dedupeKey: row.dedupeKey,
    title: `Campagne « ${row.name} » : échéance le ${formatDate(row.deadline)}`,
    body: `Le bilan de ${row.territoryName} pour la campagne « ${row.name} » est attendu le ${formatDate(row.deadline)}. ${
      row.missing === 1 ? "1 action n'a pas" : `${row.missing} actions n'ont pas`
    } encore de point d'avancement sur la période.`,
    href: `/campagnes/${row.campaignId}/territoires/${row.slug}`,
    linkLabel: "Ouvrir le bilan du territoire",
  }));
}

/** A decision's due date has passed and it is still open: its responsible hears of it, once per due date. */
export async function decisionReminderDrafts(today: string): Promise<NotificationDraft[]> {
  const rows = await getPrisma().$queryRaw<
    { userId: string; dedupeKey: string; text: string; dueDate: Date; slug: string; actionTitle: string | null }[]
  >(Prisma.sql`
    SELECT * FROM (
      SELECT d."responsibleId" AS "userId",
        'decision.overdue:' || d.id || ':' || to_char(d."dueDate", 'YYYY-MM-DD') AS "dedupeKey",
        d.text, d."dueDate", t.slug, a.title AS "actionTitle"
      FROM "Decision" d
      JOIN "Meeting" m ON m.id = d."meetingId"
      JOIN "Territory" t ON t.id = m."territoryId"
      JOIN "User" u ON u.id = d."responsibleId" AND u."disabledAt" IS NULL
      LEFT JOIN "Action" a ON a.id = d."actionId"
      WHERE ${decisionInState("d", "overdue", today)}
    ) due
    WHERE ${notYetNotified}
  `);
  return rows.map((row) => {
    const about = row.actionTitle ? ` sur l'action « ${row.actionTitle} »` : "";
    const excerpt = row.text.length > 120 ? `${row.text.slice(0, 119)}…` : row.text;
    return {
      userId: row.userId,
      rule: "decision.overdue",
      dedupeKey: row.dedupeKey,
      title: `Décision à échéance dépassée (${formatDate(row.dueDate)})`,
      body: `Vous êtes responsable d'une décision${about} dont l'échéance était le ${formatDate(row.dueDate)} : « ${excerpt} ». Soldez-la avec une note, ou faites-la reprogrammer en séance.`,
      href: `/territoires/${row.slug}/decisions?responsable=${row.userId}`,
      linkLabel: "Ouvrir le suivi des décisions",
    };
  });
}
