import "server-only";
import { permissionTable, type PermissionUser } from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { runAggregate, type Aggregate } from "./aggregate";
import { allDataVersions, cachedFigures, digest, type Computed } from "./figure-cache";
import { territoryGovernance } from "./governance-sql";
import { BLOCKED_STATUS } from "@/lib/actions/status-rules";
import { actionsAsOf, asOfDay, idList, lateCondition, toCounts, toNumber } from "./sql";
import type { Comparison, ComparisonRow, ComparisonUnit, DashboardFilters } from "./types";

// The comparison of the territories in the user's scope, side by side: 4 or 5 queries whatever the
// number of territories and actions — the territories in scope, levers, statuses, the regions
// (users who see every region: their choice of region; Région and État: their region's name), then
// one grouped query for every row. Users who see every region compare regions (183 territories
// side by side would be neither readable nor fast); choosing a region compares its territories.

type Numeric = number | bigint | string | null;

const MEMBER_SCOPE_LABEL = "Mes territoires";
const ALL_SCOPE_LABEL = "Toutes les régions";

export async function getComparison(
  user: PermissionUser,
  filters: DashboardFilters,
  today: string = todayInFrance(),
  regionCode?: string,
): Promise<Comparison> {
  const scope = permissionTable[user.college]["territory.read"];
  const selectedRegion = scope === "all" ? regionCode : undefined;
  const unit: ComparisonUnit = scope === "all" && !selectedRegion ? "region" : "territory";
  const where = selectedRegion
    ? { AND: [territoryScope(user), { regions: { some: { regionCode: selectedRegion } } }] }
    : territoryScope(user);
  const [territories, regions, versions] = await Promise.all([
    getPrisma().territory.findMany({
      where,
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true, leadRegion: { select: { code: true, name: true } } },
    }),
    regionsInView(user, scope),
    allDataVersions(),
  ]);
  const territoryIds = territories.map((territory) => territory.id);
  const { levers, statuses, figures } = await cachedFigures(
    {
      kind: "comparison",
      versions,
      parts: [unit, digest(territoryIds), filters.from, filters.to, filters.lever ?? null, today],
    },
    () => computeComparisonFigures(territoryIds, filters, today, unit),
  );
  const byUnit = new Map(figures.map((row) => [row.unitId, row]));
  const units =
    unit === "region"
      ? uniqueRegions(territories.map((territory) => territory.leadRegion))
      : territories.map(({ id, slug, name }) => ({ id, slug, name }));
  const rows: ComparisonRow[] = units.map((entry) => {
    const row = byUnit.get(entry.id);
    return {
      unit: entry,
      progressByLever: toProgress(row?.progressByLever),
      statusCounts: toCounts(row?.statusCounts),
      actionCount: toNumber(row?.actionCount ?? 0),
      lateCount: toNumber(row?.lateCount ?? 0),
      vigilanceCount: toNumber(row?.vigilanceCount ?? 0),
      averageProgress: row?.averageProgress == null ? null : toNumber(row.averageProgress),
      plannedBudget: toNumber(row?.plannedBudget ?? 0),
      fundingRequested: toNumber(row?.fundingRequested ?? 0),
      fundingGranted: toNumber(row?.fundingGranted ?? 0),
      governance: {
        lastMeetingAt: row?.lastMeetingAt ?? null,
        openDecisionCount: toNumber(row?.openDecisionCount ?? 0),
        overdueDecisionCount: toNumber(row?.overdueDecisionCount ?? 0),
        awaitingMinutesCount: toNumber(row?.awaitingMinutesCount ?? 0),
      },
    };
  });
  const comparison = { filters, asOf: asOfDay(filters, today), levers, statuses, rows, unit };
  if (scope !== "all") return { ...comparison, scopeLabel: scopeLabelOf(scope, regions) };
  const selected = regions.find((region) => region.code === selectedRegion);
  return {
    ...comparison,
    scopeLabel: selectedRegion ? (selected?.name ?? "Région inconnue") : ALL_SCOPE_LABEL,
    regionChoice: { regions, selected: selectedRegion },
  };
}

/** The figures of the rows, and the levers and statuses they are counted by: the same for every user. */
async function computeComparisonFigures(
  territoryIds: string[],
  filters: DashboardFilters,
  today: string,
  unit: ComparisonUnit,
): Promise<
  Computed<{
    levers: { code: string; label: string }[];
    statuses: { code: string; label: string }[];
    figures: FigureRow[];
  }>
> {
  const select = { code: true, label: true };
  const [levers, statuses, figures, nextMeeting] = await Promise.all([
    getPrisma().lever.findMany({ orderBy: { position: "asc" }, select }),
    getPrisma().actionStatus.findMany({ orderBy: { position: "asc" }, select }),
    territoryIds.length > 0 ? runAggregate(comparisonRowsAggregate(territoryIds, filters, today, unit)) : [],
    // The rows' last séance changes when the next one starts.
    getPrisma().meeting.findFirst({
      where: { territoryId: { in: territoryIds }, startsAt: { gte: new Date() } },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true },
    }),
  ]);
  return { value: { levers, statuses, figures }, validUntil: nextMeeting?.startsAt ?? null };
}

/** What the comparison compares, for its page title: a region's name, all regions, or the user's territories. */
export async function getComparisonScopeLabel(user: PermissionUser, regionCode?: string): Promise<string> {
  const scope = permissionTable[user.college]["territory.read"];
  if (scope === "all" && !regionCode) return ALL_SCOPE_LABEL;
  const code = scope === "all" ? regionCode : scope === "region" ? user.regionCode : null;
  if (!code) return MEMBER_SCOPE_LABEL;
  const region = await getPrisma().region.findUnique({ where: { code }, select: { name: true } });
  return region?.name ?? "Région inconnue";
}

/** Every region with a territory (to choose from), or the Région or État user's own region. */
async function regionsInView(user: PermissionUser, scope: string): Promise<{ code: string; name: string }[]> {
  const select = { code: true, name: true };
  if (scope === "all") {
    return getPrisma().region.findMany({ where: { territories: { some: {} } }, orderBy: { name: "asc" }, select });
  }
  if (scope === "region" && user.regionCode) {
    return getPrisma().region.findMany({ where: { code: user.regionCode }, select });
  }
  return [];
}

function scopeLabelOf(scope: string, regions: { name: string }[]): string {
  return scope === "region" && regions[0] ? regions[0].name : MEMBER_SCOPE_LABEL;
}

/** Lead regions, each once, by name: in the national view a territory counts in its lead region. */
function uniqueRegions(regions: { code: string; name: string }[]): ComparisonRow["unit"][] {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  return [...byCode.values()]
    .sort((a, b) => a.name.localeCompare(b.name, "fr"))
    .map((region) => ({ id: region.code, slug: region.code, name: region.name }));
}

type FigureRow = {
  unitId: string;
  actionCount: Numeric;
  lateCount: Numeric;
  vigilanceCount: Numeric;
  averageProgress: Numeric;
  plannedBudget: Numeric;
  fundingRequested: Numeric;
  fundingGranted: Numeric;
  progressByLever: unknown;
  statusCounts: unknown;
  lastMeetingAt: Date | null;
  openDecisionCount: Numeric;
  overdueDecisionCount: Numeric;
  awaitingMinutesCount: Numeric;
};

/**
 * One grouped query for all the rows (territories, or regions grouping their territories by lead
 * region): the same actions as of the same day as the territory dashboard's tiles (actionsAsOf), so both
 * pages agree. Every lever and every status appears in each row's JSON (null progress: no action on
 * the lever; zero counts). The actions are read once, grouped by unit, lever and status, and every
 * figure is summed up from those groups; funding comes from the actions' own rollup columns rather
 * than from every funding line (at national scale: 100 ms with three passes and the join, see
 * BENCHMARKS.md). The committee's follow-up (last séance, decisions in progress and overdue) is the
 * dashboard's own definition (governance-sql.ts), as of today whatever the period: it follows the
 * séances, not the plan.
 */
export function comparisonRowsAggregate(
  territoryIds: string[],
  filters: DashboardFilters,
  today: string,
  unit: ComparisonUnit = "territory",
): Aggregate<FigureRow[]> {
  const ids = idList(territoryIds);
  const asOf = asOfDay(filters, today);
  const active = actionsAsOf(Prisma.sql`a."territoryId" IN (${ids})`, filters, asOf, today, { labels: false });
  const unitOfTerritory = unit === "region" ? Prisma.sql`t."leadRegionCode"` : Prisma.sql`t.id::text`;
  return {
    sql: Prisma.sql`
    WITH a AS (${active}),
    units AS (SELECT t.id AS "territoryId", ${unitOfTerritory} AS unit_id FROM "Territory" t WHERE t.id IN (${ids})),
    unit_list AS (SELECT DISTINCT unit_id FROM units),
    per_group AS (
      SELECT u.unit_id, a."leverId", a."statusCode",
             COUNT(*) AS n, SUM(a.progress) AS progress_sum,
             COUNT(*) FILTER (WHERE ${lateCondition(asOf)}) AS late_count,
             COUNT(*) FILTER (WHERE ${lateCondition(asOf)} OR a."statusCode" = ${BLOCKED_STATUS}) AS vigilance_count,
             SUM(a."plannedBudget") AS planned_budget, SUM(a."fundingRequested") AS funding_requested,
             SUM(a."fundingGranted") AS funding_granted
      FROM a JOIN units u ON u."territoryId" = a."territoryId"
      GROUP BY u.unit_id, a."leverId", a."statusCode"
    ),
    totals AS (
      SELECT unit_id, SUM(n) AS action_count, SUM(late_count) AS late_count,
             SUM(vigilance_count) AS vigilance_count, SUM(progress_sum) AS progress_sum,
             SUM(planned_budget) AS planned_budget, SUM(funding_requested) AS funding_requested,
             SUM(funding_granted) AS funding_granted
      FROM per_group GROUP BY unit_id
    ),
    by_lever AS (
      SELECT ul.unit_id, jsonb_object_agg(l.code, ROUND(lp.progress_sum::numeric / lp.n)::int) AS progress
      FROM unit_list ul CROSS JOIN "Lever" l
      LEFT JOIN (
        SELECT unit_id, "leverId", SUM(n) AS n, SUM(progress_sum) AS progress_sum
        FROM per_group GROUP BY unit_id, "leverId"
      ) lp ON lp.unit_id = ul.unit_id AND lp."leverId" = l.id
      GROUP BY ul.unit_id
    ),
    by_status AS (
      SELECT ul.unit_id, jsonb_object_agg(s.code, COALESCE(sc.n, 0)) AS counts
      FROM unit_list ul CROSS JOIN "ActionStatus" s
      LEFT JOIN (
        SELECT unit_id, "statusCode", SUM(n)::int AS n FROM per_group GROUP BY unit_id, "statusCode"
      ) sc ON sc.unit_id = ul.unit_id AND sc."statusCode" = s.code
      GROUP BY ul.unit_id
    ),
    governance AS (
      SELECT u.unit_id, max(g."lastMeetingAt") AS last_meeting_at,
             SUM(g."openDecisionCount") AS open_decisions, SUM(g."overdueDecisionCount") AS overdue_decisions,
             SUM(g."awaitingMinutesCount") AS awaiting_minutes
      FROM (${territoryGovernance(ids, today)}) g JOIN units u ON u."territoryId" = g."territoryId"
      GROUP BY u.unit_id
    )
    SELECT ul.unit_id AS "unitId",
           COALESCE(totals.action_count, 0)::int AS "actionCount",
           COALESCE(totals.late_count, 0)::int AS "lateCount",
           COALESCE(totals.vigilance_count, 0)::int AS "vigilanceCount",
           ROUND(totals.progress_sum::numeric / NULLIF(totals.action_count, 0))::int AS "averageProgress",
           COALESCE(totals.planned_budget, 0)::float8 AS "plannedBudget",
           COALESCE(totals.funding_requested, 0)::float8 AS "fundingRequested",
           COALESCE(totals.funding_granted, 0)::float8 AS "fundingGranted",
           by_lever.progress AS "progressByLever",
           by_status.counts AS "statusCounts",
           governance.last_meeting_at AS "lastMeetingAt",
           COALESCE(governance.open_decisions, 0)::int AS "openDecisionCount",
           COALESCE(governance.overdue_decisions, 0)::int AS "overdueDecisionCount",
           COALESCE(governance.awaiting_minutes, 0)::int AS "awaitingMinutesCount"
    FROM unit_list ul
    LEFT JOIN totals ON totals.unit_id = ul.unit_id
    LEFT JOIN by_lever ON by_lever.unit_id = ul.unit_id
    LEFT JOIN by_status ON by_status.unit_id = ul.unit_id
    LEFT JOIN governance ON governance.unit_id = ul.unit_id
    ORDER BY ul.unit_id`,
    map: (rows) => rows as FigureRow[],
  };
}

function toProgress(value: unknown): Record<string, number | null> {
  const progress: Record<string, number | null> = {};
  if (value && typeof value === "object") {
    for (const [code, average] of Object.entries(value)) progress[code] = average === null ? null : Number(average);
  }
  return progress;
}
