import "server-only";
import { lateSql, updateDueSql } from "@/lib/actions/follow-up-sql";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationDraft } from "./deliver";
import { actionReminderText, type ActionReminderSubject, type ActionRule } from "./reminder-texts";

/** An action's planned end this many days ahead (or fewer) is "near". */
export const END_NEAR_DAYS = 14;

type ActionCandidate = ActionReminderSubject & { userId: string };

// The live actions and whom a reminder about them reaches: the pilots and the porteur's contact
// person (active accounts). An action with no point d'avancement yet counts from the day it was
// created (Paris time): a new action is not "without news" the morning after.
const liveActions = Prisma.sql`
  SELECT a.id, a.title, a."plannedEndDate", s."isClosed", t.slug, t."updateIntervalDays",
    COALESCE(
      (SELECT max(p.date) FROM "ProgressUpdate" p WHERE p."actionId" = a.id),
      ((a."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date
    ) AS "lastPoint"
  FROM "Action" a
  JOIN "ActionStatus" s ON s.code = a."statusCode"
  JOIN "Territory" t ON t.id = a."territoryId"
  WHERE a."archivedAt" IS NULL AND NOT s."isClosed"`;

const recipients = Prisma.sql`
  SELECT "actionId", "userId" FROM "ActionPilot"
  UNION
  SELECT id, "carrierContactId" FROM "Action" WHERE "carrierContactId" IS NOT NULL`;

/** The condition of each rule on `today` and the period its dedupe key names (one episode). */
function ruleSql(rule: ActionRule, today: string): { condition: Prisma.Sql; period: Prisma.Sql } {
  const endDay = Prisma.sql`to_char(live."plannedEndDate", 'YYYY-MM-DD')`;
  switch (rule) {
    case "action.stale":
      // Once per staleness episode: a new point starts another one.
      return {
        condition: updateDueSql(
          Prisma.sql`live."lastPoint"`,
          Prisma.sql`live."isClosed"`,
          today,
          Prisma.sql`live."updateIntervalDays"`,
        ),
        period: Prisma.sql`to_char(live."lastPoint", 'YYYY-MM-DD')`,
      };
    case "action.endNear":
      return {
        condition: Prisma.sql`(NOT live."isClosed" AND live."plannedEndDate" >= ${today}::date
          AND live."plannedEndDate" <= ${today}::date + ${END_NEAR_DAYS}::int)`,
        period: endDay,
      };
    case "action.endPassed":
      return {
        condition: lateSql(Prisma.sql`live."plannedEndDate"`, Prisma.sql`live."isClosed"`, today),
        period: endDay,
      };
  }
}

async function candidates(rule: ActionRule, today: string): Promise<(ActionCandidate & { dedupeKey: string })[]> {
  const { condition, period } = ruleSql(rule, today);
  return getPrisma().$queryRaw(Prisma.sql`
    WITH live AS (${liveActions}), recipient AS (${recipients})
    SELECT * FROM (
      SELECT r."userId", live.id AS "actionId", live.title, live.slug, live."plannedEndDate", live."lastPoint",
        live."updateIntervalDays", ${rule} || ':' || live.id || ':' || ${period} AS "dedupeKey"
      FROM live
      JOIN recipient r ON r."actionId" = live.id
      JOIN "User" u ON u.id = r."userId" AND u."disabledAt" IS NULL
      WHERE ${condition}
    ) due
    -- Already notified: skipped here; the insert's ON CONFLICT settles two workers racing.
    WHERE NOT EXISTS (
      SELECT 1 FROM "Notification" n WHERE n."userId" = due."userId" AND n."dedupeKey" = due."dedupeKey")
  `);
}

function draftOf(rule: ActionRule, row: ActionCandidate & { dedupeKey: string }): NotificationDraft {
  return { userId: row.userId, rule, dedupeKey: row.dedupeKey, ...actionReminderText(rule, row) };
}

/** The action reminders due on `today` (a Paris day) and not yet given. */
export async function actionReminderDrafts(today: string): Promise<NotificationDraft[]> {
  const rules: ActionRule[] = ["action.stale", "action.endNear", "action.endPassed"];
  const drafts: NotificationDraft[] = [];
  for (const rule of rules) {
    for (const row of await candidates(rule, today)) drafts.push(draftOf(rule, row));
  }
  return drafts;
}
