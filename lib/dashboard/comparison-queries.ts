import "server-only";
import { permissionTable, type PermissionUser } from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { lateCondition, scopedActions, toCounts, toNumber } from "./sql";
import type { Comparison, ComparisonRow, DashboardFilters } from "./types";

// The comparison of the territories in the user's scope, side by side: 4 queries (5 for Région and
// État, who also read their region's name) whatever the number of territories and actions — the
// territories in scope, levers, statuses, then one grouped query for every row.

type Numeric = number | bigint | string | null;

const MEMBER_SCOPE_LABEL = "Mes territoires";
const ALL_SCOPE_LABEL = "Toutes les régions";

export async function getComparison(
  user: PermissionUser,
  filters: DashboardFilters,
  today: string = todayInFrance(),
): Promise<Comparison> {
  const [territories, levers, statuses, scopeLabel] = await Promise.all([
    getPrisma().territory.findMany({
      where: territoryScope(user),
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true },
    }),
    getPrisma().lever.findMany({ orderBy: { position: "asc" }, select: { code: true, label: true } }),
    getPrisma().actionStatus.findMany({ orderBy: { position: "asc" }, select: { code: true, label: true } }),
    comparisonScopeLabel(user),
  ]);
  const figures =
    territories.length > 0
      ? await queryRows(
          territories.map((t) => t.id),
          filters,
          today,
        )
      : [];
  const byTerritory = new Map(figures.map((row) => [row.territoryId, row]));
  const rows: ComparisonRow[] = territories.map((territory) => {
    const row = byTerritory.get(territory.id);
    return {
      territory,
      progressByLever: toProgress(row?.progressByLever),
      statusCounts: toCounts(row?.statusCounts),
      actionCount: toNumber(row?.actionCount ?? 0),
      lateCount: toNumber(row?.lateCount ?? 0),
      plannedBudget: toNumber(row?.plannedBudget ?? 0),
      fundingGranted: toNumber(row?.fundingGranted ?? 0),
    };
  });
  return { scopeLabel, filters, levers, statuses, rows };
}

async function comparisonScopeLabel(user: PermissionUser): Promise<string> {
  switch (permissionTable[user.college]["territory.read"]) {
    case "all":
      return ALL_SCOPE_LABEL;
    case "region": {
      if (!user.regionCode) return MEMBER_SCOPE_LABEL;
      const region = await getPrisma().region.findUnique({ where: { code: user.regionCode }, select: { name: true } });
      return region?.name ?? MEMBER_SCOPE_LABEL;
    }
    default:
      return MEMBER_SCOPE_LABEL;
  }
}

type FigureRow = {
  territoryId: string;
  actionCount: Numeric;
  lateCount: Numeric;
  plannedBudget: Numeric;
  fundingGranted: Numeric;
  progressByLever: unknown;
  statusCounts: unknown;
};

/**
 * One grouped query for all the territories: the same "active in the period" actions as the
 * territory dashboard's tiles, so both pages agree. Every lever and every status appears in each
 * row's JSON (null progress: no action on the lever; zero counts).
 */
async function queryRows(territoryIds: string[], filters: DashboardFilters, today: string): Promise<FigureRow[]> {
  const ids = Prisma.join(territoryIds.map((id) => Prisma.sql`${id}::uuid`));
  const active = scopedActions(Prisma.sql`a."territoryId" IN (${ids})`, filters, { activeInPeriod: true });
  return getPrisma().$queryRaw<FigureRow[]>`
    WITH a AS (${active}),
    territories AS (SELECT t.id FROM "Territory" t WHERE t.id IN (${ids})),
    funding AS (
      SELECT f."actionId", SUM(f."amountGranted") AS granted
      FROM "FundingLine" f JOIN a ON a.id = f."actionId"
      GROUP BY f."actionId"
    ),
    totals AS (
      SELECT a."territoryId",
             COUNT(*) AS action_count,
             COUNT(*) FILTER (WHERE ${lateCondition(today)}) AS late_count,
             SUM(a."plannedBudget") AS planned_budget,
             SUM(funding.granted) AS funding_granted
      FROM a LEFT JOIN funding ON funding."actionId" = a.id
      GROUP BY a."territoryId"
    ),
    lever_progress AS (
      SELECT a."territoryId", a."leverId", ROUND(AVG(a.progress))::int AS average
      FROM a GROUP BY a."territoryId", a."leverId"
    ),
    by_lever AS (
      SELECT t.id AS "territoryId", jsonb_object_agg(l.code, lp.average) AS progress
      FROM territories t CROSS JOIN "Lever" l
      LEFT JOIN lever_progress lp ON lp."territoryId" = t.id AND lp."leverId" = l.id
      GROUP BY t.id
    ),
    status_counts AS (
      SELECT a."territoryId", a."statusCode", COUNT(*) AS n FROM a GROUP BY a."territoryId", a."statusCode"
    ),
    by_status AS (
      SELECT t.id AS "territoryId", jsonb_object_agg(s.code, COALESCE(sc.n, 0)) AS counts
      FROM territories t CROSS JOIN "ActionStatus" s
      LEFT JOIN status_counts sc ON sc."territoryId" = t.id AND sc."statusCode" = s.code
      GROUP BY t.id
    )
    SELECT t.id AS "territoryId",
           COALESCE(totals.action_count, 0)::int AS "actionCount",
           COALESCE(totals.late_count, 0)::int AS "lateCount",
           COALESCE(totals.planned_budget, 0)::float8 AS "plannedBudget",
           COALESCE(totals.funding_granted, 0)::float8 AS "fundingGranted",
           by_lever.progress AS "progressByLever",
           by_status.counts AS "statusCounts"
    FROM territories t
    LEFT JOIN totals ON totals."territoryId" = t.id
    LEFT JOIN by_lever ON by_lever."territoryId" = t.id
    LEFT JOIN by_status ON by_status."territoryId" = t.id`;
}

function toProgress(value: unknown): Record<string, number | null> {
  const progress: Record<string, number | null> = {};
  if (value && typeof value === "object") {
    for (const [code, average] of Object.entries(value)) progress[code] = average === null ? null : Number(average);
  }
  return progress;
}
