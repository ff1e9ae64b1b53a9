// What the figure cache costs and saves (lib/dashboard/figure-cache.ts): a page's first request
// after a write (cold: its figures are computed afresh) against the next one (warm), and the cost
// of the write itself with and without the trigger that bumps the territory's data version.
import type pg from "pg";
import { withClient } from "../db/client";
import { median } from "./stats";

export type ColdWarm = { name: string; coldMs: number; warmMs: number; coldMisses: boolean; warmHits: boolean };
export type WriteCost = { withBumpMs: number; withoutBumpMs: number };

const ROUNDS = 9;

/** A progress point on one of the territory's actions, as a committee member records one. */
async function writePoint(client: pg.Client, actionId: string, day: number): Promise<void> {
  await client.query(
    `INSERT INTO "ProgressUpdate" (id, "actionId", date, progress, "statusCode", comment)
     VALUES (gen_random_uuid(), $1, DATE '2026-11-01' + $2::int % 26, 50, 'EN_COURS', 'benchmark')`,
    [actionId, day],
  );
}

async function someAction(client: pg.Client, territorySlug: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT a.id FROM "Action" a JOIN "Territory" t ON t.id = a."territoryId" WHERE t.slug = $1 LIMIT 1`,
    [territorySlug],
  );
  return rows[0]!.id;
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; serverTiming: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - started, serverTiming: response.headers.get("server-timing") ?? "" };
}

/** For each page: a write in the territory, then the page twice; medians of nine rounds. */
export async function measureColdWarm(
  databaseUrl: string,
  territorySlug: string,
  pages: { name: string; url: string; cookie: string }[],
): Promise<ColdWarm[]> {
  return withClient(databaseUrl, async (client) => {
    const actionId = await someAction(client, territorySlug);
    const results: ColdWarm[] = [];
    for (const page of pages) {
      const cold: number[] = [];
      const warm: number[] = [];
      let coldMisses = true;
      let warmHits = true;
      for (let round = 0; round < ROUNDS; round += 1) {
        await writePoint(client, actionId, round);
        const first = await timedGet(page.url, page.cookie);
        const second = await timedGet(page.url, page.cookie);
        cold.push(first.ms);
        warm.push(second.ms);
        coldMisses &&= /Cached figures: \d+ hit, [1-9]\d* miss/.test(first.serverTiming);
        warmHits &&= /Cached figures: [1-9]\d* hit, 0 miss/.test(second.serverTiming);
      }
      results.push({ name: page.name, coldMs: median(cold), warmMs: median(warm), coldMisses, warmHits });
    }
    await client.query(`DELETE FROM "ProgressUpdate" WHERE comment = 'benchmark'`);
    return results;
  });
}

/**
 * The time of one write (a progress point), with the data-version trigger and with it disabled,
 * alternating; medians of 60 each. Run after the load, on the benchmark's own database.
 */
export async function measureWriteCost(databaseUrl: string, territorySlug: string): Promise<WriteCost> {
  return withClient(databaseUrl, async (client) => {
    const actionId = await someAction(client, territorySlug);
    const withBump: number[] = [];
    const withoutBump: number[] = [];
    const time = async (samples: number[], day: number) => {
      const started = performance.now();
      await writePoint(client, actionId, day);
      samples.push(performance.now() - started);
    };
    try {
      for (let round = 0; round < 60; round += 1) {
        await time(withBump, round);
        await client.query(`ALTER TABLE "ProgressUpdate" DISABLE TRIGGER "ProgressUpdate_data_version_insert"`);
        await time(withoutBump, round);
        await client.query(`ALTER TABLE "ProgressUpdate" ENABLE TRIGGER "ProgressUpdate_data_version_insert"`);
      }
    } finally {
      await client.query(`ALTER TABLE "ProgressUpdate" ENABLE TRIGGER "ProgressUpdate_data_version_insert"`);
      await client.query(`DELETE FROM "ProgressUpdate" WHERE comment = 'benchmark'`);
    }
    return { withBumpMs: median(withBump), withoutBumpMs: median(withoutBump) };
  });
}
