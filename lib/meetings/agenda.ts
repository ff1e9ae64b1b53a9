// No "server-only": the demo seed proposes the agenda of its upcoming séances with it too.
import { Prisma } from "@/lib/generated/prisma/client";
import { lateSql, updateDueSql } from "@/lib/actions/follow-up-sql";
import { BLOCKED_STATUS } from "@/lib/actions/status-rules";
import { decisionInState } from "./decision-state-sql";
import type { AgendaReason } from "./schemas";

/** A proposed point: about an action, or (actionId null) following up a decision taken on no action. */
export type ProposedPoint = { actionId: string | null; title: string; reason: Exclude<AgendaReason, "FREE"> };

/**
 * The ordre du jour proposed from the state of the plan, for a séance of a territory on a day: the
 * live actions that need the committee, each once, for the first reason that applies:
 * 1. a decision of an earlier séance of the territory still open (decision-state.ts), the actions
 *    with an overdue one first;
 * 2. late (planned end passed, status not closed) or blocked, as on the dashboard;
 * 3. status changed since the previous séance (its latest point on or before that séance's day
 *    had another status);
 * 4. no point d'avancement for the territory's update interval (open actions only);
 * 5. flagged "à discuter en séance" by a committee member (ActionDiscussionFlag).
 * An open decision of an earlier séance taken on no action (a free point) is a point of its own,
 * "Suivi de la décision du <day> : <text>", among the open decisions.
 * Computed in SQL in this one place; ordered by reason (overdue decisions first), then title.
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
        t."updateIntervalDays",
        EXISTS (SELECT 1 FROM "ActionDiscussionFlag" f WHERE f."actionId" = a.id) AS flagged,
        decisions."openCount", decisions."overdueCount"
      FROM "Action" a
      JOIN "ActionStatus" s ON s.code = a."statusCode"
      JOIN "Territory" t ON t.id = a."territoryId"
      CROSS JOIN LATERAL (
        SELECT COUNT(*) FILTER (WHERE ${decisionInState("d", "open", today)}) AS "openCount",
               COUNT(*) FILTER (WHERE ${decisionInState("d", "overdue", today)}) AS "overdueCount"
        FROM "Decision" d JOIN "Meeting" dm ON dm.id = d."meetingId"
        WHERE d."actionId" = a.id AND dm."territoryId" = a."territoryId"
          AND dm."startsAt" < (${meetingStartsAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      ) decisions
      WHERE a."territoryId" = ${territoryId}::uuid AND a."archivedAt" IS NULL
    ),
    reasoned AS (
      SELECT id AS "actionId", title, "overdueCount" > 0 AS "hasOverdue",
        CASE
          WHEN "openCount" > 0 THEN 'OPEN_DECISION'
          WHEN (NOT "isClosed" AND "statusCode" = ${BLOCKED_STATUS})
            OR ${lateSql(Prisma.sql`"plannedEndDate"`, Prisma.sql`"isClosed"`, today)}
            THEN 'LATE_OR_BLOCKED'
          WHEN "statusAtPrevious" IS NOT NULL AND "statusAtPrevious" <> "statusCode" THEN 'STATUS_CHANGED'
          WHEN ${updateDueSql(Prisma.sql`"lastPoint"`, Prisma.sql`"isClosed"`, today, Prisma.sql`"updateIntervalDays"`)}
            THEN 'NO_RECENT_PROGRESS'
          WHEN flagged THEN 'FLAGGED'
        END AS reason
      FROM live
    ),
    points AS (
      SELECT "actionId", title, reason, "hasOverdue" FROM reasoned WHERE reason IS NOT NULL
      UNION ALL
      SELECT NULL::uuid,
        left('Suivi de la décision du '
          || to_char((dm."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY')
          || ' : ' || d.text, 300),
        'OPEN_DECISION', ${decisionInState("d", "overdue", today)}
      FROM "Decision" d JOIN "Meeting" dm ON dm.id = d."meetingId"
      WHERE d."actionId" IS NULL AND dm."territoryId" = ${territoryId}::uuid
        AND dm."startsAt" < (${meetingStartsAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        AND ${decisionInState("d", "open", today)}
    )
    SELECT "actionId", title, reason FROM points
    ORDER BY
      CASE reason WHEN 'OPEN_DECISION' THEN 1 WHEN 'LATE_OR_BLOCKED' THEN 2 WHEN 'STATUS_CHANGED' THEN 3
        WHEN 'NO_RECENT_PROGRESS' THEN 4 ELSE 5 END,
      "hasOverdue" DESC, title
  `);
}

/**
 * An action flagged "à discuter en séance" that a séance's proposed ordre du jour takes up (for that
 * reason or an earlier one) has found its séance: the flag is removed; the caller records the
 * returned flags (who raised them and why) in the séance's journal entry.
 */
export async function takeUpDiscussionFlags(tx: Prisma.TransactionClient, actionIds: (string | null)[]) {
  const flags = await tx.actionDiscussionFlag.findMany({
    where: { actionId: { in: actionIds.filter((id): id is string => id !== null) } },
    orderBy: { actionId: "asc" },
    select: { actionId: true, raisedById: true, reason: true },
  });
  await tx.actionDiscussionFlag.deleteMany({ where: { actionId: { in: flags.map((flag) => flag.actionId) } } });
  return flags;
}
