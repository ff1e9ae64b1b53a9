import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionStatuses, funderTypes } from "@/prisma/reference/action-reference";
import { levers, territories } from "@/prisma/reference/territories";
import { startInMemoryPostgres } from "./embedded";
import { createFreshPostgresDatabase, type FreshDatabase } from "./fresh-database";
import { PREPARE_LOCK_KEY, prepareDatabase, withPrepareLock } from "./prepare";

type Started = { exit: Promise<number | null>; output: () => string };

/** `npm run db:seed` as a child process: what every instance runs before serving (`npm start`). */
function startPreparation(databaseUrl: string): Started {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { exit, output: () => output };
}

async function waitersOnPrepareLock(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ waiting: number }>(
    `SELECT COUNT(*)::int AS waiting FROM pg_locks
      WHERE locktype = 'advisory' AND NOT granted AND objid::bigint = $1
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [PREPARE_LOCK_KEY],
  );
  return rows[0]!.waiting;
}

async function waitUntil(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Instances starting together on one PostgreSQL: a real server and real processes.
describe("instances preparing one empty database at once", () => {
  let database: FreshDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createFreshPostgresDatabase("prepare_race");
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it(
    "apply every migration once and write the reference data once, without an error",
    { timeout: 120_000 },
    async () => {
      // Both are let go at the same instant: the test holds the lock until both wait for it.
      const [first, second] = await withPrepareLock(database.url, async () => {
        const started = [startPreparation(database.url), startPreparation(database.url)] as const;
        await waitUntil(async () => (await waitersOnPrepareLock(client)) === 2, "both preparations wait for the lock");
        return started;
      });

      expect([await first.exit, await second.exit], `${first.output()}\n${second.output()}`).toEqual([0, 0]);
      for (const preparation of [first, second]) {
        expect(preparation.output()).toContain("Another instance is preparing the database: waiting until it is done.");
      }

      const migrations = readdirSync("prisma/migrations", { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      const { rows: recorded } = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      expect(recorded.map((row) => row.migration_name)).toEqual(migrations);
      const { rows: all } = await client.query<{ count: number }>(
        `SELECT COUNT(*)::int AS count FROM _prisma_migrations`,
      );
      expect(all[0]!.count).toBe(migrations.length);

      const count = async (table: string) =>
        (await client.query<{ count: number }>(`SELECT COUNT(*)::int AS count FROM "${table}"`)).rows[0]!.count;
      expect(await count("Territory")).toBe(territories.length);
      const sum = (lengths: number[]) => lengths.reduce((total, length) => total + length, 0);
      expect(await count("TerritoryRegion")).toBe(sum(territories.map((t) => t.regionCodes.length)));
      expect(await count("TerritoryIntercommunality")).toBe(sum(territories.map((t) => t.intercommunalities.length)));
      const historicalNames = territories.map((t) => t.intercommunalities.map((i): string => i.historicalName));
      expect(await count("Intercommunality")).toBe(new Set(historicalNames.flat()).size);
      expect(await count("Lever")).toBe(levers.length);
      expect(await count("LeverSubTheme")).toBe(sum(levers.map((lever) => lever.subThemes.length)));
      expect(await count("ActionStatus")).toBe(actionStatuses.length);
      expect(await count("FunderType")).toBe(funderTypes.length);
    },
  );

  it("wait on the app's lock, which has no timeout, rather than in the migration engine, which gives up after 10 s", async () => {
    let preparation: Promise<{ applied: string[] }> | undefined;
    await withPrepareLock(database.url, async () => {
      preparation = prepareDatabase(database.url);
      await waitUntil(async () => (await waitersOnPrepareLock(client)) === 1, "the preparation waits for the lock");
      // Nobody waits on Prisma's key (72707369): the engine has not started.
      const { rows } = await client.query<{ waiting: number }>(
        `SELECT COUNT(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid::bigint = 72707369`,
      );
      expect(rows[0]!.waiting).toBe(0);
    });
    await expect(preparation).resolves.toMatchObject({ applied: expect.any(Array) });
  });
});

describe("the lock on the embedded database", () => {
  it(
    "never waits: PGlite runs every connection in one session, which already holds it",
    { timeout: 120_000 },
    async () => {
      const embedded = await startInMemoryPostgres();
      try {
        const { applied } = await withPrepareLock(embedded.url, () => prepareDatabase(embedded.url));
        expect(applied.length).toBeGreaterThan(0);
      } finally {
        await embedded.stop();
      }
    },
  );
});
