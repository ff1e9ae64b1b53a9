import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comparisonRowsAggregate } from "@/lib/dashboard/comparison-queries";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { territoryAggregates } from "@/lib/dashboard/territory-queries";
import { todayInFrance } from "@/lib/dates";
import { createBoss } from "@/lib/jobs/queue";
import { withClient } from "../client";
import { startEmbeddedPostgres } from "../embedded";
import { createFreshDatabase, type FreshDatabase } from "../fresh-database";
import { compareMigrationHistory, DEFAULT_MIGRATIONS_DIR, deployMigrations } from "../migrations/engine";
import { LOCKFILE_NAME } from "../migrations/files";
import { prepareDatabase } from "../prepare";
import { exportDatabase } from "./export";
import { importDump } from "./import";

// The journey of a team that started on the embedded database: its data (the demo's, and a job
// waiting in pg-boss's queue) exported from the PGlite directory, imported into a new database on
// TEST_DATABASE_URL's server (PostgreSQL 15 on CI), where everything must read the same.

const TIMEOUT = 120_000;
const execFileAsync = promisify(execFile);
const QUEUE = "mail.deliver";
const today = todayInFrance();
// The default period (the dashboard's opening view): the twelve months to this one.
const filters = parseDashboardFilters({}, today);

type Snapshot = { rows: Record<string, number>; sequences: Record<string, string>; figures: unknown[] };

/** Every table's row count, every sequence's position, and every dashboard figure of every territory. */
function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname NOT IN ('information_schema', 'pg_catalog') AND n.nspname NOT LIKE 'pg\\_%'`,
    );
    const rows: Record<string, number> = {};
    for (const { name } of tables.rows) {
      rows[name] = (await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${name}`)).rows[0]!.count;
    }
    const sequences = await client.query<{ name: string; value: string }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value FROM pg_sequences`,
    );
    const territories = await client.query<{ id: string }>(`SELECT id FROM public."Territory" ORDER BY slug`);
    const figures: unknown[] = [];
    for (const { id } of territories.rows) {
      for (const aggregate of Object.values(territoryAggregates(id, filters, today))) {
        const result = await client.query({ text: aggregate.sql.text, values: aggregate.sql.values });
        figures.push(aggregate.map(result.rows));
      }
    }
    const comparison = comparisonRowsAggregate(
      territories.rows.map((row) => row.id),
      filters,
      today,
    );
    const result = await client.query({ text: comparison.sql.text, values: comparison.sql.values });
    figures.push(comparison.map(result.rows));
    return {
      rows,
      sequences: Object.fromEntries(sequences.rows.map((row) => [row.name, row.value])),
      figures,
    };
  });
}

function countTables(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('information_schema', 'pg_catalog') AND n.nspname NOT LIKE 'pg\\_%'`,
    );
    return rows[0]!.count;
  });
}

describe("moving the embedded database to PostgreSQL (db:export, db:import)", () => {
  let workDir: string;
  let dataDir: string;
  let dump: string;
  let embedded: Snapshot;
  let jobId: string;
  const databases: FreshDatabase[] = [];

  async function freshDatabase(): Promise<FreshDatabase> {
    const database = await createFreshDatabase("dump");
    databases.push(database);
    return database;
  }

  /** The repository's migrations copied to a temporary directory, changed by `edit`. */
  async function migrationsLike(edit: (dir: string, names: string[]) => Promise<void>): Promise<string> {
    const dir = await mkdtemp(path.join(workDir, "migrations-"));
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const names = (await readdir(dir)).filter((name) => name !== LOCKFILE_NAME).sort();
    await edit(dir, names);
    return dir;
  }

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), "ti-dump-"));
    dataDir = path.join(workDir, "pglite");
    const server = await startEmbeddedPostgres({ dataDir, port: 0 });
    try {
      await prepareDatabase(server.url, { demo: true });
      const boss = createBoss(server.url, { worker: false });
      await boss.start();
      await boss.createQueue(QUEUE);
      jobId = (await boss.send(QUEUE, { outboxId: "kept-across-the-move" }))!;
      await boss.stop({ graceful: false, wait: true });
      embedded = await snapshot(server.url);
    } finally {
      await server.stop();
    }
    const file = path.join(workDir, "export.sql");
    await exportDatabase({ dataDir }, file);
    dump = await readFile(file, "utf8");
  }, TIMEOUT);

  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
    await rm(workDir, { recursive: true, force: true });
  });

  it(
    "imports into a fresh database the same rows in every table, the same sequences and the same dashboard figures",
    async () => {
      const target = await freshDatabase();
      const result = await importDump({ databaseUrl: target.url, dump });

      expect(result.history).toEqual({ pending: [], unknown: [], failed: [], edited: [] });
      expect(result.demoAccounts).toBeGreaterThan(10);
      const imported = await snapshot(target.url);
      expect(Object.keys(imported.rows).length).toBeGreaterThan(40);
      expect(imported.rows['public."Action"']).toBeGreaterThan(100);
      expect(imported.rows["pgboss.queue"]).toBe(1);
      expect(imported.rows["public._prisma_migrations"]).toBe((await readdir(DEFAULT_MIGRATIONS_DIR)).length - 1);
      // The first territory's tiles: figures worth comparing.
      expect((imported.figures[0] as { actionCount: number }).actionCount).toBeGreaterThan(0);
      expect(imported).toEqual(embedded);
    },
    TIMEOUT,
  );

  it(
    "leaves a database that npm start's prepare step accepts as it is, and pg-boss hands out the waiting job",
    async () => {
      const target = await freshDatabase();
      await importDump({ databaseUrl: target.url, dump });

      expect(await prepareDatabase(target.url)).toEqual({ applied: [] });
      expect((await snapshot(target.url)).rows).toEqual(embedded.rows);
      const boss = createBoss(target.url, { worker: false });
      await boss.start();
      try {
        const [job] = await boss.fetch(QUEUE);
        expect(job).toMatchObject({ id: jobId, data: { outboxId: "kept-across-the-move" } });
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    },
    TIMEOUT,
  );

  it(
    "refuses a database that is not empty, and leaves it as it was",
    async () => {
      const target = await freshDatabase();
      await withClient(target.url, (client) => client.query(`CREATE TABLE "Kept" (note text)`));

      await expect(importDump({ databaseUrl: target.url, dump })).rejects.toThrow(
        /is not empty \(table public\."Kept"\)\. db:import only loads into an empty database.*Nothing was imported\./,
      );
      expect(await countTables(target.url)).toBe(1);
    },
    TIMEOUT,
  );

  it(
    "refuses a dump newer than the code (a migration it does not have), leaving the database empty",
    async () => {
      let newest = "";
      const olderCode = await migrationsLike(async (dir, names) => {
        newest = names.at(-1)!;
        await rm(path.join(dir, newest), { recursive: true });
      });
      const target = await freshDatabase();

      await expect(importDump({ databaseUrl: target.url, dump, migrationsDir: olderCode })).rejects.toThrow(
        `The dump comes from a newer version of TI Pilotage (or another branch): its migrations ${newest} are not in`,
      );
      expect(await countTables(target.url)).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "loads a dump older than the code and names the migrations to apply, which the normal deploy then applies",
    async () => {
      const later = "29991231235959_later_change";
      const newerCode = await migrationsLike(async (dir) => {
        await mkdir(path.join(dir, later));
        await writeFile(path.join(dir, later, "migration.sql"), `ALTER TABLE "Action" ADD COLUMN "later" TEXT;\n`);
      });
      const target = await freshDatabase();

      const { history } = await importDump({ databaseUrl: target.url, dump, migrationsDir: newerCode });
      expect(history).toEqual({ pending: [later], unknown: [], failed: [], edited: [] });
      expect(await deployMigrations({ databaseUrl: target.url, migrationsDir: newerCode })).toEqual({
        applied: [later],
      });
      expect((await compareMigrationHistory({ databaseUrl: target.url, migrationsDir: newerCode })).pending).toEqual(
        [],
      );
    },
    TIMEOUT,
  );

  // A PostgreSQL server is optional for the test suite (else the fresh databases are PGlite, whose
  // server the system's pg_dump cannot read); CI always has one.
  describe.runIf(process.env.TEST_DATABASE_URL)("from a PostgreSQL server (TEST_DATABASE_URL)", () => {
    let source: FreshDatabase;
    beforeAll(async () => {
      source = await freshDatabase();
      await importDump({ databaseUrl: source.url, dump });
    }, TIMEOUT);

    it(
      "exports with the system pg_dump, and the import reads its dump back (psql's guard lines included)",
      async () => {
        const file = path.join(workDir, "server-export.sql");

        expect(await exportDatabase({ databaseUrl: source.url }, file)).toMatch(/^PostgreSQL \d+ \(pg_dump \d+\)$/);
        const target = await freshDatabase();
        const { history } = await importDump({ databaseUrl: target.url, dump: await readFile(file, "utf8") });
        expect(history).toEqual({ pending: [], unknown: [], failed: [], edited: [] });
        expect(await snapshot(target.url)).toEqual(embedded);
      },
      TIMEOUT,
    );

    it(
      "backs up with pg_dump --format=custom and restores with pg_restore, the README's commands",
      async () => {
        const backup = path.join(workDir, "backup.dump");
        await execFileAsync("pg_dump", ["--format=custom", `--file=${backup}`, source.url]);
        const target = await freshDatabase();
        await execFileAsync("pg_restore", [
          "--no-owner",
          "--no-privileges",
          "--exit-on-error",
          "--single-transaction",
          `--dbname=${target.url}`,
          backup,
        ]);

        expect(await compareMigrationHistory({ databaseUrl: target.url })).toEqual({
          pending: [],
          unknown: [],
          failed: [],
          edited: [],
        });
        expect(await snapshot(target.url)).toEqual(embedded);
      },
      TIMEOUT,
    );
  });
});
