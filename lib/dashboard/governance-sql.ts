import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { decisionInState } from "@/lib/meetings/decision-state-sql";

// The committee's follow-up as figures, one definition shared by the territory dashboard and the
// comparison (a figure means the same on both):
// - last séance: the latest séance of the territory that has started (before now);
// - next séance: the earliest séance that has not started yet;
// - decisions in progress ("open", overdue included) and overdue ones, as of the day, by
//   lib/meetings/decision-state.ts, over every séance of the territory. They follow the séances,
//   not the plan: the period and lever filters do not apply to them;
// - relevés awaiting validation: relevés de décisions established and not yet locked by the binôme.

/** Now, as stored: timestamps are UTC without a time zone. */
export const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/**
 * One row per territory of the list (`ids`, from idList): "territoryId", "lastMeetingAt" (null: no
 * séance yet), "openDecisionCount", "overdueDecisionCount", "awaitingMinutesCount". The subqueries read the séances
 * through Meeting(territoryId, startsAt) and the decisions through Decision(meetingId).
 */
export function territoryGovernance(ids: Prisma.Sql, day: string): Prisma.Sql {
  return Prisma.sql`
    SELECT t.id AS "territoryId",
      (SELECT max(m."startsAt") FROM "Meeting" m WHERE m."territoryId" = t.id AND m."startsAt" < ${NOW_UTC})
        AS "lastMeetingAt",
      decisions."openDecisionCount", decisions."overdueDecisionCount",
      (SELECT COUNT(*) FROM "Meeting" m JOIN "Minutes" mi ON mi."meetingId" = m.id
        WHERE m."territoryId" = t.id AND mi."lockedAt" IS NULL) AS "awaitingMinutesCount"
    FROM "Territory" t
    CROSS JOIN LATERAL (
      SELECT COUNT(*) FILTER (WHERE ${decisionInState("d", "open", day)}) AS "openDecisionCount",
             COUNT(*) FILTER (WHERE ${decisionInState("d", "overdue", day)}) AS "overdueDecisionCount"
      FROM "Meeting" m JOIN "Decision" d ON d."meetingId" = m.id
      WHERE m."territoryId" = t.id
    ) decisions
    WHERE t.id IN (${ids})`;
}
