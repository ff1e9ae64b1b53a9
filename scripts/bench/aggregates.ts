// The database's floor: each dashboard aggregate run through our data layer (Prisma, then the
// mapping to what the page shows) and the very same SQL run raw through `pg`, alternately, in one
// process. Their median times give the cost of our layer; their results must be identical.
// Runs under `--conditions=react-server` (the data layer is server-only code).
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import type { Aggregate } from "../../lib/dashboard/aggregate";
import { runAggregate } from "../../lib/dashboard/aggregate";
import { comparisonRowsAggregate } from "../../lib/dashboard/comparison-queries";
import { territoryAggregates } from "../../lib/dashboard/territory-queries";
import type { DashboardFilters } from "../../lib/dashboard/types";
import { disconnectPrisma } from "../../lib/db";
import { median } from "./stats";

export type AggregateTiming = {
  name: string;
  dataLayerMs: number;
  rawSqlMs: number;
  ratio: number;
  identical: boolean;
};

type Scope = { territorySlug: string; regionCode: string; filters: DashboardFilters; today: string };

/** Every aggregate of the benchmarked pages, named as the report shows them. */
async function benchAggregates(client: pg.Client, scope: Scope): Promise<[string, Aggregate<unknown>][]> {
  const { rows } = await client.query<{ id: string; slug: string; inRegion: boolean }>(
    `SELECT t.id, t.slug, EXISTS (SELECT 1 FROM "TerritoryRegion" r WHERE r."territoryId" = t.id AND r."regionCode" = $1) AS "inRegion"
     FROM "Territory" t ORDER BY t.name`,
    [scope.regionCode],
  );
  const territory = rows.find((row) => row.slug === scope.territorySlug);
  if (!territory) throw new Error(`No territory ${scope.territorySlug} in the benchmark database.`);
  const dashboard = territoryAggregates(territory.id, scope.filters, scope.today);
  const regionIds = rows.filter((row) => row.inRegion).map((row) => row.id);
  const territories = (count: number) => `${count} ${count > 1 ? "territories" : "territory"}`;
  return [
    ["Dashboard: tiles", dashboard.tiles],
    ["Dashboard: levers × statuses", dashboard.byLever],
    ["Dashboard: progress month by month", dashboard.progressOverTime],
    ["Dashboard: funding by funder", dashboard.funding],
    ["Dashboard: points de vigilance", dashboard.vigilance],
    ["Dashboard: committee follow-up", dashboard.governance],
    ["Dashboard: overdue decisions", dashboard.overdueDecisions],
    [
      `Regional comparison (${territories(regionIds.length)})`,
      comparisonRowsAggregate(regionIds, scope.filters, scope.today),
    ],
    [
      // What the national comparison runs: every territory, grouped by lead region.
      `National comparison (${territories(rows.length)}, by region)`,
      comparisonRowsAggregate(
        rows.map((row) => row.id),
        scope.filters,
        scope.today,
        "region",
      ),
    ],
  ];
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

/** DATABASE_URL must name the benchmark database (the data layer reads it). */
export async function measureAggregates(scope: Scope, iterations: number): Promise<AggregateTiming[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const timings: AggregateTiming[] = [];
    for (const [name, aggregate] of await benchAggregates(client, scope)) {
      const raw = () => client.query({ text: aggregate.sql.text, values: aggregate.sql.values });
      const dataLayerTimes: number[] = [];
      const rawTimes: number[] = [];
      let identical = true;
      for (let i = 0; i < iterations + 3; i += 1) {
        // Alternating, so that both see the same cache and machine state; the first rounds warm up.
        const [dataLayerMs, viaDataLayer] = await timed(() => runAggregate(aggregate));
        const [rawSqlMs, rawResult] = await timed(raw);
        identical &&= isDeepStrictEqual(viaDataLayer, aggregate.map(rawResult.rows));
        if (i >= 3) {
          dataLayerTimes.push(dataLayerMs);
          rawTimes.push(rawSqlMs);
        }
      }
      const dataLayerMs = median(dataLayerTimes);
      const rawSqlMs = median(rawTimes);
      timings.push({ name, dataLayerMs, rawSqlMs, ratio: dataLayerMs / rawSqlMs, identical });
    }
    return timings;
  } finally {
    await client.end();
    await disconnectPrisma();
  }
}
