// The benchmark's own database, on the configured PostgreSQL server: dropped and recreated on
// every run (unless asked to keep it), so that a run never touches the application's data.
import { withClient } from "../db/client";
import { assertLocalDatabase } from "../db/fresh-database";
import { prepareDatabase } from "../db/prepare";
import { seedBenchDataset, type BenchTargets, type DatasetSize } from "./dataset";

export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** BENCH_DATABASE_URL names the server to use (its database is only used to create the bench one). */
export function benchServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_DATABASE_URL ?? env.TEST_DATABASE_URL ?? DEFAULT_SERVER_URL;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type DatasetReport = BenchTargets & {
  url: string;
  seconds: number;
  counts: Record<"territories" | "regions" | "actions" | "progressUpdates" | "fundingLines" | "indicators", number>;
};

/** Creates the database `name` on the server and fills it (migrations, reference data, dataset). */
export async function createBenchDatabase(serverUrl: string, name: string, size: DatasetSize): Promise<DatasetReport> {
  assertLocalDatabase(serverUrl);
  const started = performance.now();
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = databaseUrl(serverUrl, name);
  await prepareDatabase(url);
  const targets = await withClient(url, (client) => seedBenchDataset(client, size));
  const seconds = (performance.now() - started) / 1000;
  return { ...targets, url, seconds, counts: await countRows(url) };
}

export async function dropBenchDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function countRows(url: string): Promise<DatasetReport["counts"]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<DatasetReport["counts"]>(`
      SELECT (SELECT COUNT(*) FROM "Territory")::int AS territories,
             (SELECT COUNT(DISTINCT "regionCode") FROM "TerritoryRegion")::int AS regions,
             (SELECT COUNT(*) FROM "Action")::int AS actions,
             (SELECT COUNT(*) FROM "ProgressUpdate")::int AS "progressUpdates",
             (SELECT COUNT(*) FROM "FundingLine")::int AS "fundingLines",
             (SELECT COUNT(*) FROM "Indicator")::int AS indicators`);
    return rows[0]!;
  });
}
