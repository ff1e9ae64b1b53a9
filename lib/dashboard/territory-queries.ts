import "server-only";
import { findTerritoryAccess } from "@/lib/territories/access";
import type { PermissionUser } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { decisionInState } from "@/lib/meetings/decision-state-sql";
import type { MeetingKind } from "@/lib/meetings/schemas";
import { runAggregate, type Aggregate } from "./aggregate";
import { cachedFigures, territoryDataVersions, type Computed } from "./figure-cache";
import { NOW_UTC, territoryGovernance } from "./governance-sql";
import {
  actionsAsOf,
  asOfDay,
  BLOCKED_STATUS,
  lateCondition,
  liveActions,
  toCounts,
  toNullableNumber,
  toNumber,
} from "./sql";
import type {
  DashboardFilters,
  FunderTotals,
  LeverProgress,
  LeverStatusCounts,
  MonthlyProgress,
  OverdueDecisionItem,
  TerritoryDashboard,
  TerritoryGovernance,
  TerritoryTiles,
  VigilanceItem,
} from "./types";

// The territory dashboard: 9 queries whatever the number of actions or months — the territory (scope
// check), the statuses, then in parallel tiles, lever × status, progress over time, funding,
// vigilance, the committee's follow-up (séances, decisions) and the overdue decisions. Every figure is aggregated by PostgreSQL; JavaScript only renames columns.

const VIGILANCE_LIMIT = 50;

type Numeric = number | bigint | string | null;

/**
 * The dashboard of one territory in the user's scope, or null (unknown or out of scope: "not found").
 * `today` ("YYYY-MM-DD") decides what is late; tests pass a fixed day.
 */
export async function getTerritoryDashboard(
  user: PermissionUser,
  slug: string,
  filters: DashboardFilters,
  today: string = todayInFrance(),
): Promise<TerritoryDashboard | null> {
  const [territory, versions] = await Promise.all([findTerritoryAccess(user, slug), territoryDataVersions(slug)]);
  if (!territory) return null;
  const figures = await cachedFigures(
    {
      kind: "territory-dashboard",
      versions,
      parts: [territory.id, filters.from, filters.to, filters.lever ?? null, today],
    },
    () => computeTerritoryFigures(territory.id, filters, today),
  );
  return { territory, filters, asOf: asOfDay(filters, today), ...figures };
}

type TerritoryFigures = Omit<TerritoryDashboard, "territory" | "filters" | "asOf">;

/** Every figure of the dashboard: the same for whoever may see the territory. */
async function computeTerritoryFigures(
  territoryId: string,
  filters: DashboardFilters,
  today: string,
): Promise<Computed<TerritoryFigures>> {
  const aggregates = territoryAggregates(territoryId, filters, today);
  const [statuses, tiles, byLever, progressOverTime, fundingByFunder, vigilance, governance, overdueDecisions] =
    await Promise.all([
      getPrisma().actionStatus.findMany({ orderBy: { position: "asc" }, select: { code: true, label: true } }),
      runAggregate(aggregates.tiles),
      runAggregate(aggregates.byLever),
      runAggregate(aggregates.progressOverTime),
      runAggregate(aggregates.funding),
      runAggregate(aggregates.vigilance),
      runAggregate(aggregates.governance),
      runAggregate(aggregates.overdueDecisions),
    ]);
  return {
    value: {
      statuses,
      tiles,
      byLeverAndStatus: byLever.map(({ leverCode, leverLabel, counts }) => ({ leverCode, leverLabel, counts })),
      progressByLever: byLever.map(({ leverCode, leverLabel, actionCount, averageProgress }) => ({
        leverCode,
        leverLabel,
        actionCount,
        averageProgress,
      })),
      progressOverTime,
      fundingByFunder,
      vigilance,
      governance: { ...governance, overdueDecisions },
    },
    // The next séance becomes the last one when it starts.
    validUntil: governance.nextMeeting?.startsAt ?? null,
  };
}

/**
 * The seven aggregates of a territory's dashboard, as SQL and the mapping of its rows: the page runs
 * them through Prisma, the benchmark also runs the very same SQL through `pg` to measure our cost.
 */
export function territoryAggregates(territoryId: string, filters: DashboardFilters, today: string) {
  const territoryFilter = Prisma.sql`a."territoryId" = ${territoryId}::uuid`;
  const asOf = asOfDay(filters, today);
  const counted = actionsAsOf(territoryFilter, filters, asOf, today);
  return {
    tiles: tilesAggregate(counted, asOf),
    byLever: byLeverAggregate(counted),
    progressOverTime: progressOverTimeAggregate(liveActions(territoryFilter, filters), filters, today),
    funding: fundingAggregate(counted),
    vigilance: vigilanceAggregate(counted, asOf),
    governance: governanceAggregate(territoryId, today),
    overdueDecisions: overdueDecisionsAggregate(territoryId, today),
  };
}

/** The dashboard's tiles of a territory as of a given day (a follow-up campaign's as-of date). */
export function territoryTilesAsOf(territoryId: string, asOf: string, today: string): Aggregate<TerritoryTiles> {
  const counted = actionsAsOf(Prisma.sql`a."territoryId" = ${territoryId}::uuid`, {}, asOf, today);
  return tilesAggregate(counted, asOf);
}

function tilesAggregate(active: Prisma.Sql, asOf: string): Aggregate<TerritoryTiles> {
  return {
    sql: Prisma.sql`
    WITH a AS (${active})
    SELECT COUNT(*)::int AS "actionCount",
           COUNT(*) FILTER (WHERE a."isDone")::int AS "doneCount",
           ROUND(AVG(a.progress))::int AS "averageProgress",
           COUNT(*) FILTER (WHERE ${lateCondition(asOf)})::int AS "lateCount",
           COUNT(*) FILTER (WHERE a."statusCode" = ${BLOCKED_STATUS})::int AS "blockedCount",
           COUNT(*) FILTER (WHERE ${lateCondition(asOf)} OR a."statusCode" = ${BLOCKED_STATUS})::int AS "lateOrBlockedCount",
           COALESCE(SUM(a."plannedBudget"), 0)::float8 AS "plannedBudget",
           COALESCE(SUM(a."fundingRequested"), 0)::float8 AS "fundingRequested",
           COALESCE(SUM(a."fundingGranted"), 0)::float8 AS "fundingGranted"
    FROM a`,
    map: (rows) => {
      const row = rows[0] as Record<keyof TerritoryTiles, Numeric>;
      return {
        actionCount: toNumber(row.actionCount),
        doneCount: toNumber(row.doneCount),
        averageProgress: toNullableNumber(row.averageProgress),
        lateCount: toNumber(row.lateCount),
        blockedCount: toNumber(row.blockedCount),
        lateOrBlockedCount: toNumber(row.lateOrBlockedCount),
        plannedBudget: toNumber(row.plannedBudget),
        fundingRequested: toNumber(row.fundingRequested),
        fundingGranted: toNumber(row.fundingGranted),
      };
    },
  };
}

/** Every lever (even without actions), with a count for every status (zeros included). */
function byLeverAggregate(active: Prisma.Sql): Aggregate<(LeverStatusCounts & LeverProgress)[]> {
  return {
    sql: Prisma.sql`
    WITH a AS (${active}),
    per_status AS (
      SELECT a."leverId", a."statusCode", COUNT(*) AS n, SUM(a.progress) AS progress_sum
      FROM a GROUP BY a."leverId", a."statusCode"
    )
    SELECT l.code AS "leverCode", l.label AS "leverLabel",
           COALESCE(SUM(ps.n), 0)::int AS "actionCount",
           ROUND(SUM(ps.progress_sum)::numeric / NULLIF(SUM(ps.n), 0))::int AS "averageProgress",
           jsonb_object_agg(s.code, COALESCE(ps.n, 0)) AS counts
    FROM "Lever" l
    CROSS JOIN "ActionStatus" s
    LEFT JOIN per_status ps ON ps."leverId" = l.id AND ps."statusCode" = s.code
    GROUP BY l.id, l.code, l.label, l.position
    ORDER BY l.position`,
    map: (rows) =>
      (
        rows as {
          leverCode: string;
          leverLabel: string;
          actionCount: Numeric;
          averageProgress: Numeric;
          counts: unknown;
        }[]
      ).map((row) => ({
        leverCode: row.leverCode,
        leverLabel: row.leverLabel,
        actionCount: toNumber(row.actionCount),
        averageProgress: toNullableNumber(row.averageProgress),
        counts: toCounts(row.counts),
      })),
  };
}

/**
 * One row per month of the period, up to the current month: the average progress as of the month's
 * last day (today for the current month) — the definition of actionsAsOf, month by month: for each
 * live action, its latest point on or before that day (LATERAL: one index-only step back along
 * ProgressUpdate(actionId, date, createdAt, progress)), averaged over the actions that have one. The
 * current month's value is therefore the tiles' "Avancement moyen". The months come from an integer
 * series, which PostgreSQL sizes exactly (a series of dates is estimated at 1,000 rows, which
 * switched JIT compilation on: +300 ms).
 */
function progressOverTimeAggregate(
  live: Prisma.Sql,
  filters: DashboardFilters,
  today: string,
): Aggregate<MonthlyProgress[]> {
  const lastMonth = filters.to < today.slice(0, 7) ? filters.to : today.slice(0, 7);
  const monthCount = Math.max(monthsBetween(filters.from, lastMonth) + 1, 0);
  return {
    sql: Prisma.sql`
    WITH a AS (${live}),
    months AS (
      SELECT month_start, LEAST((month_start + interval '1 month' - interval '1 day')::date, ${today}::date) AS month_end
      FROM (
        SELECT (${`${filters.from}-01`}::date + make_interval(months => i))::date AS month_start
        FROM generate_series(0, ${monthCount - 1}::int) AS i
      ) series
    )
    SELECT to_char(months.month_start, 'YYYY-MM') AS month,
           ROUND(AVG(latest.progress))::int AS "averageProgress",
           COUNT(latest.progress)::int AS "actionCount"
    FROM months
    LEFT JOIN a ON true
    LEFT JOIN LATERAL (
      SELECT p.progress FROM "ProgressUpdate" p
      WHERE p."actionId" = a.id AND p.date <= months.month_end
      ORDER BY p.date DESC, p."createdAt" DESC
      LIMIT 1
    ) latest ON true
    GROUP BY months.month_start
    ORDER BY months.month_start`,
    map: (rows) =>
      (rows as { month: string; averageProgress: Numeric; actionCount: Numeric }[]).map((row) => ({
        month: row.month,
        averageProgress: toNullableNumber(row.averageProgress),
        actionCount: toNumber(row.actionCount),
      })),
  };
}

function monthsBetween(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from);
}

/** Every funder type, with the sums of the funding lines of the actions in view. */
function fundingAggregate(active: Prisma.Sql): Aggregate<FunderTotals[]> {
  return {
    sql: Prisma.sql`
    WITH a AS (${active}),
    -- Grouped per action so that the planner reads each action's lines through the FundingLine(actionId)
    -- index: unsure of the few hundred actions behind the CTE, it would rather scan every line.
    lines AS (
      SELECT f.* FROM a
      CROSS JOIN LATERAL (
        SELECT f."funderCode", SUM(f."amountRequested") AS "amountRequested", SUM(f."amountGranted") AS "amountGranted"
        FROM "FundingLine" f WHERE f."actionId" = a.id GROUP BY f."funderCode"
      ) f
    )
    SELECT ft.code AS "funderCode", ft.label AS "funderLabel",
           COALESCE(SUM(lines."amountRequested"), 0)::float8 AS requested,
           COALESCE(SUM(lines."amountGranted"), 0)::float8 AS granted
    FROM "FunderType" ft
    LEFT JOIN lines ON lines."funderCode" = ft.code
    GROUP BY ft.code, ft.label, ft.position
    ORDER BY ft.position`,
    map: (rows) =>
      (rows as { funderCode: string; funderLabel: string; requested: Numeric; granted: Numeric }[]).map((row) => ({
        funderCode: row.funderCode,
        funderLabel: row.funderLabel,
        requested: toNumber(row.requested),
        granted: toNumber(row.granted),
      })),
  };
}

type VigilanceRow = {
  actionId: string;
  title: string;
  leverLabel: string;
  statusLabel: string;
  late: boolean;
  blocked: boolean;
  plannedEndDate: string | null;
  progress: Numeric;
};

/** Late or blocked actions: the late ones first, longest overdue first, then the blocked ones. */
function vigilanceAggregate(active: Prisma.Sql, asOf: string): Aggregate<VigilanceItem[]> {
  return {
    sql: Prisma.sql`
    WITH a AS (${active}),
    flagged AS (
      SELECT a.*, ${lateCondition(asOf)} AS late, (a."statusCode" = ${BLOCKED_STATUS}) AS blocked FROM a
    )
    SELECT id AS "actionId", title, "leverLabel", "statusLabel", late, blocked,
           to_char("plannedEndDate", 'YYYY-MM-DD') AS "plannedEndDate", progress
    FROM flagged
    WHERE late OR blocked
    ORDER BY late DESC, "plannedEndDate" ASC NULLS LAST, title ASC, id ASC
    LIMIT ${VIGILANCE_LIMIT}`,
    map: (rows) =>
      (rows as VigilanceRow[]).map((row) => ({
        actionId: row.actionId,
        title: row.title,
        leverLabel: row.leverLabel,
        statusLabel: row.statusLabel,
        reason: row.late && row.blocked ? "late_and_blocked" : row.late ? "late" : "blocked",
        plannedEndDate: row.plannedEndDate,
        progress: toNumber(row.progress),
      })),
  };
}

type GovernanceRow = {
  lastMeetingAt: Date | null;
  openDecisionCount: Numeric;
  overdueDecisionCount: Numeric;
  awaitingMinutesCount: Numeric;
  nextMeetingId: string | null;
  nextMeetingKind: MeetingKind | null;
  nextMeetingStartsAt: Date | null;
};

/**
 * The committee's follow-up, as of today whatever the period (governance-sql.ts, the comparison's
 * definition), with the next séance.
 */
function governanceAggregate(
  territoryId: string,
  today: string,
): Aggregate<Omit<TerritoryGovernance, "overdueDecisions">> {
  return {
    sql: Prisma.sql`
    WITH g AS (${territoryGovernance(Prisma.sql`${territoryId}::uuid`, today)})
    SELECT g."lastMeetingAt", g."openDecisionCount"::int AS "openDecisionCount",
           g."overdueDecisionCount"::int AS "overdueDecisionCount",
           g."awaitingMinutesCount"::int AS "awaitingMinutesCount",
           next.id AS "nextMeetingId", next.kind::text AS "nextMeetingKind", next."startsAt" AS "nextMeetingStartsAt"
    FROM g
    LEFT JOIN LATERAL (
      SELECT m.id, m.kind, m."startsAt" FROM "Meeting" m
      WHERE m."territoryId" = g."territoryId" AND m."startsAt" >= ${NOW_UTC}
      ORDER BY m."startsAt" LIMIT 1
    ) next ON true`,
    map: (rows) => {
      const row = rows[0] as GovernanceRow;
      return {
        lastMeetingAt: row.lastMeetingAt,
        nextMeeting:
          row.nextMeetingId && row.nextMeetingKind && row.nextMeetingStartsAt
            ? { id: row.nextMeetingId, kind: row.nextMeetingKind, startsAt: row.nextMeetingStartsAt }
            : null,
        openDecisionCount: toNumber(row.openDecisionCount),
        overdueDecisionCount: toNumber(row.overdueDecisionCount),
        awaitingMinutesCount: toNumber(row.awaitingMinutesCount),
      };
    },
  };
}

/** Overdue decisions of the territory's séances, earliest due date first. */
function overdueDecisionsAggregate(territoryId: string, today: string): Aggregate<OverdueDecisionItem[]> {
  return {
    sql: Prisma.sql`
    SELECT d.id AS "decisionId", d.text, m.id AS "meetingId", m."startsAt" AS "meetingStartsAt",
           to_char(d."dueDate", 'YYYY-MM-DD') AS "dueDate",
           CASE WHEN a."archivedAt" IS NULL THEN a.id END AS "actionId"
    FROM "Meeting" m
    JOIN "Decision" d ON d."meetingId" = m.id
    LEFT JOIN "Action" a ON a.id = d."actionId"
    WHERE m."territoryId" = ${territoryId}::uuid AND ${decisionInState("d", "overdue", today)}
    ORDER BY d."dueDate", m."startsAt", d.id
    LIMIT ${VIGILANCE_LIMIT}`,
    map: (rows) => rows as OverdueDecisionItem[],
  };
}
