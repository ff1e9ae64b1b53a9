import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodBounds } from "./filters";
import type { DashboardFilters } from "./types";

// SQL fragments shared by the territory dashboard and the comparison. Every value goes through
// Prisma's tagged templates as a bound parameter; only these constant fragments are composed.

/** The status that counts as "blocked" in the tiles and the vigilance list. */
export const BLOCKED_STATUS = "BLOQUEE";

/**
 * The live actions (not archived) of the given territories, on the filtered lever.
 *
 * With `activeInPeriod`, only the actions "active in the period" are kept, a deliberately simple
 * rule: planned to start before the period ends (or no start date) AND not over before it began —
 * planned end on or after the period's first day, no planned end, or still open (an open action
 * whose planned end has passed is late, which is exactly what the committee must still see).
 *
 * Columns: the action's own (with the sums of its funding lines, a rollup kept by a trigger) and
 * its status's flags; with `labels`, the lever's code and label and the status's label too (the
 * national comparison goes without: one join less over every action of the country).
 */
export function scopedActions(
  territoryFilter: Prisma.Sql,
  filters: DashboardFilters,
  options: { activeInPeriod: boolean; labels?: boolean },
): Prisma.Sql {
  const { start, end } = periodBounds(filters);
  const labels = options.labels ?? true;
  // Lever codes are unique: an unknown code gives NULL, and no action.
  const lever = filters.lever
    ? Prisma.sql`AND a."leverId" = (SELECT id FROM "Lever" WHERE code = ${filters.lever})`
    : Prisma.empty;
  const period = options.activeInPeriod
    ? Prisma.sql`
        AND (a."plannedStartDate" IS NULL OR a."plannedStartDate" <= ${end}::date)
        AND (a."plannedEndDate" IS NULL OR a."plannedEndDate" >= ${start}::date OR NOT s."isClosed")`
    : Prisma.empty;
  return Prisma.sql`
    SELECT a.id, a."territoryId", a."leverId", a."statusCode", a.title, a.progress, a."plannedEndDate",
           a."plannedBudget", a."fundingRequested", a."fundingGranted", s."isClosed", s."isDone"
           ${labels ? Prisma.sql`, l.code AS "leverCode", l.label AS "leverLabel", s.label AS "statusLabel"` : Prisma.empty}
    FROM "Action" a
    JOIN "ActionStatus" s ON s.code = a."statusCode"
    ${labels ? Prisma.sql`JOIN "Lever" l ON l.id = a."leverId"` : Prisma.empty}
    WHERE ${territoryFilter} AND a."archivedAt" IS NULL ${lever} ${period}`;
}

/**
 * Territory ids as a list of parameters for `IN (…)` rather than one array: PostgreSQL's generic
 * plan for `= ANY($1)` (used after five runs of a prepared statement) does not know the array's
 * size, and doubled the national comparison's time.
 */
export function idList(ids: string[]): Prisma.Sql {
  return Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));
}

/** Late: planned end passed (before today in France) and the status is not closed. */
export function lateCondition(today: string): Prisma.Sql {
  return Prisma.sql`(a."plannedEndDate" < ${today}::date AND NOT a."isClosed")`;
}

/** Amounts and counts come back as bigint or numeric from SUM/COUNT: the pages want plain numbers. */
export function toNumber(value: number | bigint | string | null | { toString(): string }): number {
  return value === null ? 0 : Number(value);
}

export function toNullableNumber(value: number | bigint | string | null | { toString(): string }): number | null {
  return value === null ? null : Number(value);
}

/** jsonb comes back parsed; counts inside it are plain JSON numbers. */
export function toCounts(value: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (value && typeof value === "object") {
    for (const [code, count] of Object.entries(value)) counts[code] = Number(count);
  }
  return counts;
}
