import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShadowDatabase } from "./adapter";
import { checkMigrations, createMigration, deployMigrations } from "./engine";
import { LOCKFILE_CONTENT, newMigrationDirectoryName, readMigrationsList, slugifyMigrationName } from "./files";
import { startInMemoryShadowDatabase } from "./shadow";

// Every engine operation starts its own in-memory shadow database (~1-3 s), so the timeouts
// are generous and do not depend on the project's Vitest configuration.
const TIMEOUT = 60_000;

const repoRoot = process.cwd();
const repoSchema = path.join(repoRoot, "prisma/schema.prisma");
const repoMigrations = path.join(repoRoot, "prisma/migrations");

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ti-migrations-"));
  tempDirs.push(dir);
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

function historyOf(url: string): Promise<HistoryRow[]> {
  return query<HistoryRow>(
    url,
    "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
  );
}

async function sha256OfFile(file: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
}

async function repoMigrationNames(): Promise<string[]> {
  const { migrationDirectories } = await readMigrationsList(repoMigrations);
  return migrationDirectories.map((directory) => directory.path);
}

/** Deploying the repository's migrations on an empty database, twice. */
async function expectDeployOnEmptyDatabase(databaseUrl: string): Promise<void> {
  const names = await repoMigrationNames();
  expect(names.some((name) => /^\d{14}_init$/.test(name))).toBe(true);

  const first = await deployMigrations({ databaseUrl, migrationsDir: repoMigrations });
  expect(first.applied).toEqual(names);

  const history = await historyOf(databaseUrl);
  expect(history.map((row) => row.migration_name)).toEqual(names);
  for (const row of history) {
    expect(row.checksum).toBe(await sha256OfFile(path.join(repoMigrations, row.migration_name, "migration.sql")));
    expect(row.finished_at).not.toBeNull();
    expect(row.rolled_back_at).toBeNull();
  }
  const tables = await query<{ name: string }>(
    databaseUrl,
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
  );
  expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(["Region", "Territory", "Epci"]));

  const second = await deployMigrations({ databaseUrl, migrationsDir: repoMigrations });
  expect(second.applied).toEqual([]);
  expect(await historyOf(databaseUrl)).toHaveLength(names.length);
}

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("checkMigrations", () => {
  it("finds the repository's migrations in sync with prisma/schema.prisma", { timeout: TIMEOUT }, async () => {
    const result = await checkMigrations();
    expect(result).toEqual({ inSync: true, script: "" });
  });

  it("reports the SQL missing from the migrations when the schema changes", { timeout: TIMEOUT }, async () => {
    const schema = await readFile(repoSchema, "utf8");
    const changed = schema.replace(/^model Region \{\n/m, "model Region {\n  nickname String?\n");
    expect(changed).not.toBe(schema);
    const schemaPath = path.join(await tempDir(), "schema.prisma");
    await writeFile(schemaPath, changed);

    const result = await checkMigrations({ schemaPath, migrationsDir: repoMigrations });
    expect(result.inSync).toBe(false);
    expect(result.script).toMatch(/ALTER TABLE "Region" ADD COLUMN\s+"nickname" TEXT/);
  });
});

describe("against an in-memory PostgreSQL (PGlite)", () => {
  let server: ShadowDatabase;

  beforeAll(async () => {
    server = await startInMemoryShadowDatabase();
  }, TIMEOUT);

  afterAll(async () => {
    await server?.close();
  });

  // PGlite holds a single database: tests start from an empty public schema instead.
  async function emptyDatabase(): Promise<string> {
    await query(server.url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    return server.url;
  }

  it("deployMigrations applies pending migrations once and records their checksums", { timeout: TIMEOUT }, async () => {
    await expectDeployOnEmptyDatabase(await emptyDatabase());
  });

  it(
    "createMigration writes a migration from an empty directory, applies it, then finds nothing to do",
    {
      timeout: TIMEOUT,
    },
    async () => {
      const databaseUrl = await emptyDatabase();
      const migrationsDir = path.join(await tempDir(), "migrations");

      const { created } = await createMigration({ name: "init", schemaPath: repoSchema, migrationsDir, databaseUrl });
      expect(created).toMatch(/^\d{14}_init$/);
      const file = path.join(migrationsDir, created ?? "", "migration.sql");
      expect(await readFile(file, "utf8")).toContain('CREATE TABLE "Region"');
      expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe(LOCKFILE_CONTENT);
      expect(await historyOf(databaseUrl)).toMatchObject([
        { migration_name: created, checksum: await sha256OfFile(file) },
      ]);

      expect(await checkMigrations({ schemaPath: repoSchema, migrationsDir })).toEqual({ inSync: true, script: "" });
      expect(await createMigration({ name: "again", schemaPath: repoSchema, migrationsDir, databaseUrl })).toEqual({
        created: null,
      });
    },
  );
});

// Real PostgreSQL is optional: set TEST_DATABASE_URL (a local server; a throw-away database is
// created on it and dropped).
describe.runIf(process.env.TEST_DATABASE_URL)("against PostgreSQL (TEST_DATABASE_URL)", () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  const name = `ti_migrations_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  let databaseUrl = "";

  beforeAll(async () => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    await query(serverUrl, `CREATE DATABASE "${name}"`);
  });

  afterAll(async () => {
    await query(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("deployMigrations applies pending migrations once and records their checksums", { timeout: TIMEOUT }, async () => {
    await expectDeployOnEmptyDatabase(databaseUrl);
  });
});

describe("migration directory names", () => {
  it("slugifies names like the Prisma CLI", () => {
    expect(slugifyMigrationName("init")).toBe("init");
    expect(slugifyMigrationName("Add nickname")).toBe("add_nickname");
    expect(slugifyMigrationName("addRégionNickname!")).toBe("add_region_nickname");
  });

  it("uses the UTC time, but always sorts after existing migrations", () => {
    const now = new Date("2025-03-04T05:06:07.890Z");
    expect(newMigrationDirectoryName("init", [], now)).toBe("20250304050607_init");
    expect(newMigrationDirectoryName("next", ["20250304050607_init"], now)).toBe("20250304050608_next");
    expect(newMigrationDirectoryName("next", ["20251231235959_future"], now)).toBe("20260101000000_next");
  });
});
