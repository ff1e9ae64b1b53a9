// No "server-only": the demo seed proposes the agenda of its upcoming séances with it too.
import { Prisma } from "@/lib/generated/prisma/client";
import { BLOCKED_STATUS } from "@/lib/actions/status-rules";
import type { AgendaReason } from "./schemas";

export type ProposedPoint = { actionId: string; title: string; reason: Exclude<AgendaReason, "FREE"> };

/**
 * The ordre du jour proposed from the state of the plan, for a séance of a territory on a day: the
 * live actions that need the committee, each once, for the first reason that applies:
 * 1. late (planned end passed, status not closed) or blocked, as on the dashboard;
 * 2. status changed since the previous séance (its latest point on or before that séance's day
 *    had another status);
 * 3. no point d'avancement for the territory's update interval (open actions only).
 * Computed in SQL in this one place; ordered by reason, then title.
 */
export async function proposeAgenda(
  tx: Prisma.TransactionClient,
  territoryId: string,
  meetingStartsAt: Date,
  today: string,
): Promise<ProposedPoint[]> {
  return tx.$queryRaw<ProposedPoint[]>(Prisma.sql`
    WITH previous AS (
      -- Timestamps are stored in UTC (timestamp without time zone): the day is Paris's.
      SELECT ((max(m."startsAt") AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date AS day
      FROM "Meeting" m
      WHERE m."territoryId" = ${territoryId}::uuid
        AND m."startsAt" < (${meetingStartsAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    ),
    live AS (
      SELECT a.id, a.title, a."statusCode", a."plannedEndDate", s."isClosed",
        (SELECT max(p.date) FROM "ProgressUpdate" p WHERE p."actionId" = a.id) AS "lastPoint",
        (SELECT p."statusCode" FROM "ProgressUpdate" p, previous
          WHERE p."actionId" = a.id AND previous.day IS NOT NULL AND p.date <= previous.day
          ORDER BY p.date DESC, p."createdAt" DESC LIMIT 1) AS "statusAtPrevious",
        t."updateIntervalDays"
      FROM "Action" a
      JOIN "ActionStatus" s ON s.code = a."statusCode"
      JOIN "Territory" t ON t.id = a."territoryId"
      WHERE a."territoryId" = ${territoryId}::uuid AND a."archivedAt" IS NULL
    ),
    reasoned AS (
      SELECT id AS "actionId", title,
        CASE
          WHEN NOT "isClosed" AND ("statusCode" = ${BLOCKED_STATUS} OR "plannedEndDate" < ${today}::date)
            THEN 'LATE_OR_BLOCKED'
          WHEN "statusAtPrevious" IS NOT NULL AND "statusAtPrevious" <> "statusCode" THEN 'STATUS_CHANGED'
          WHEN NOT "isClosed" AND ("lastPoint" IS NULL OR "lastPoint" < ${today}::date - "updateIntervalDays")
            THEN 'NO_RECENT_PROGRESS'
        END AS reason
      FROM live
    )
    SELECT "actionId", title, reason FROM reasoned
    WHERE reason IS NOT NULL
    ORDER BY CASE reason WHEN 'LATE_OR_BLOCKED' THEN 1 WHEN 'STATUS_CHANGED' THEN 2 ELSE 3 END, title
  `);
}
