import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodBounds } from "./filters";
import type { DashboardFilters } from "./types";

// SQL fragments shared by the territory dashboard and the comparison. Every value goes through
// Prisma's tagged templates as a bound parameter; only these constant fragments are composed.

export { BLOCKED_STATUS } from "@/lib/actions/status-rules";

/**
 * The day a period's figures are "as of": its last day, or today while the period is not over.
 * Tiles, the last month of the progress chart, comparison rows, the report and the API all state
 * the plan as it stood that day.
 */
export function asOfDay(filters: DashboardFilters, today: string): string {
  const { end } = periodBounds(filters);
  return end < today ? end : today;
}

/**
 * The actions a figure counts, with their state, as of a day — the one definition behind every
 * figure of the dashboards, the comparison, the report and the API:
 * - counted: the live (not archived) actions of the territories, on the filtered lever, that have a
 *   point d'avancement dated on or before the day (every action gets one when it is recorded);
 * - state: the progress and status of that action's latest point on or before the day (by date,
 *   then by recording time);
 * - late (lateCondition): planned end before the day while the status that day is not closed.
 * As of today, the latest point is the action's own columns (a trigger keeps them equal to it, and
 * no point is ever dated after today): the same definition without a lookup per action.
 *
 * Columns: the action's own (with the sums of its funding lines, a rollup kept by a trigger), its
 * state, and its status's flags; with `labels`, the lever's code and label and the status's label
 * too (the national comparison goes without: one join less over every action of the country).
 */
export function actionsAsOf(
  territoryFilter: Prisma.Sql,
  filters: Pick<DashboardFilters, "lever">,
  asOf: string,
  today: string,
  options: { labels?: boolean } = {},
): Prisma.Sql {
  const labels = options.labels ?? true;
  // Lever codes are unique: an unknown code gives NULL, and no action.
  const lever = filters.lever
    ? Prisma.sql`AND a."leverId" = (SELECT id FROM "Lever" WHERE code = ${filters.lever})`
    : Prisma.empty;
  const current = asOf >= today;
  const state = current ? Prisma.sql`a.progress, a."statusCode"` : Prisma.sql`latest.progress, latest."statusCode"`;
  const latestPoint = current
    ? Prisma.empty
    : Prisma.sql`
    JOIN LATERAL (
      SELECT p.progress, p."statusCode" FROM "ProgressUpdate" p
      WHERE p."actionId" = a.id AND p.date <= ${asOf}::date
      ORDER BY p.date DESC, p."createdAt" DESC
      LIMIT 1
    ) latest ON true`;
  const statusCode = current ? Prisma.sql`a."statusCode"` : Prisma.sql`latest."statusCode"`;
  return Prisma.sql`
    SELECT a.id, a."territoryId", a."leverId", ${state}, a.title, a."plannedEndDate",
           a."plannedBudget", a."fundingRequested", a."fundingGranted", s."isClosed", s."isDone"
           ${labels ? Prisma.sql`, l.code AS "leverCode", l.label AS "leverLabel", s.label AS "statusLabel"` : Prisma.empty}
    FROM "Action" a
    ${latestPoint}
    JOIN "ActionStatus" s ON s.code = ${statusCode}
    ${labels ? Prisma.sql`JOIN "Lever" l ON l.id = a."leverId"` : Prisma.empty}
    WHERE ${territoryFilter} AND a."archivedAt" IS NULL ${lever}`;
}

/** The live actions of the territories on the filtered lever, whatever their points (the monthly series). */
export function liveActions(territoryFilter: Prisma.Sql, filters: DashboardFilters): Prisma.Sql {
  const lever = filters.lever
    ? Prisma.sql`AND a."leverId" = (SELECT id FROM "Lever" WHERE code = ${filters.lever})`
    : Prisma.empty;
  return Prisma.sql`SELECT a.id FROM "Action" a WHERE ${territoryFilter} AND a."archivedAt" IS NULL ${lever}`;
}

/**
 * Territory ids as a list of parameters for `IN (…)` rather than one array: PostgreSQL's generic
 * plan for `= ANY($1)` (used after five runs of a prepared statement) does not know the array's
 * size, and doubled the national comparison's time.
 */
export function idList(ids: string[]): Prisma.Sql {
  return Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));
}

/** Late as of a day: planned end before that day, and the status that day is not closed. */
export function lateCondition(asOf: string): Prisma.Sql {
  return Prisma.sql`(a."plannedEndDate" < ${asOf}::date AND NOT a."isClosed")`;
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
