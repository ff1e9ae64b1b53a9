// `npm run db:import`: loads a db:export dump into an empty PostgreSQL database, in one transaction.
import path from "node:path";
import type pg from "pg";
import { DEMO_EMAIL_DOMAIN } from "../../../prisma/seed/demo-actions";
import { withClient } from "../client";
import { compareMigrationHistory, DEFAULT_MIGRATIONS_DIR, type MigrationHistory } from "../migrations/engine";
import { readMigrationsList } from "../migrations/files";
import { adaptDumpScript, DumpError, lineOfPosition } from "./dump-script";

export type ImportOptions = {
  /** The target: an empty database. */
  databaseUrl: string;
  /** The dump's text. */
  dump: string;
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
};

export type ImportResult = {
  tableCount: number;
  /** Demo accounts that can still sign in: their password is in the README. */
  demoAccounts: number;
  skippedSettings: string[];
  /** The loaded database against this repository's migrations. */
  history: MigrationHistory;
};

// What an empty database may hold: the system schemas and an empty `public`. Schemas come first,
// then tables (the app's before pg-boss's): the most telling names in the refusal.
const USER_OBJECTS = `
  WITH user_schemas AS (
    SELECT oid, nspname FROM pg_catalog.pg_namespace WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%'
  )
  SELECT 1 AS kind, s.nspname <> 'public' AS elsewhere, format('schema %I', s.nspname) AS name FROM user_schemas s WHERE s.nspname <> 'public'
  UNION ALL
  SELECT CASE WHEN c.relkind IN ('r', 'p') THEN 2 ELSE 3 END, s.nspname <> 'public',
         format('%s %I.%I', CASE WHEN c.relkind IN ('r', 'p') THEN 'table' ELSE 'relation' END, s.nspname, c.relname)
  FROM pg_catalog.pg_class c JOIN user_schemas s ON s.oid = c.relnamespace
  UNION ALL
  SELECT 4, s.nspname <> 'public', format('function %I.%I', s.nspname, p.proname)
  FROM pg_catalog.pg_proc p JOIN user_schemas s ON s.oid = p.pronamespace
  UNION ALL
  SELECT 5, s.nspname <> 'public', format('type %I.%I', s.nspname, t.typname)
  FROM pg_catalog.pg_type t JOIN user_schemas s ON s.oid = t.typnamespace
  WHERE t.typrelid = 0 AND t.typelem = 0
  ORDER BY kind, elsewhere, name`;

const SHOWN_OBJECTS = 5;

/** Loading into a database that already holds something would mix two databases: refused. */
async function assertEmpty(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(USER_OBJECTS);
  if (rows.length === 0) return;
  const database = (await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0]!.name;
  const shown = rows.slice(0, SHOWN_OBJECTS).map((row) => row.name);
  const more = rows.length > SHOWN_OBJECTS ? ` and ${rows.length - SHOWN_OBJECTS} more` : "";
  throw new DumpError(
    `The database "${database}" is not empty (${shown.join(", ")}${more}). db:import only loads into an empty ` +
      "database, so that nothing is mixed or overwritten: create a new one (e.g. `createdb ti_pilotage`) and point " +
      "DATABASE_URL to it. If `npm start` or `npm run dev` already ran on it, they created the schema: drop and " +
      "create that database again. Nothing was imported.",
  );
}

async function runScript(client: pg.Client, sql: string): Promise<void> {
  try {
    // No parameters: the simple query protocol, which runs a whole script.
    await client.query(sql);
  } catch (error) {
    const position = Number((error as { position?: string }).position);
    const where = Number.isFinite(position) && position > 0 ? ` at line ${lineOfPosition(sql, position)}` : "";
    throw new DumpError(
      `The server refused the dump${where}: ${(error as Error).message}. Nothing was imported (the import runs in ` +
        "one transaction).",
      { cause: error },
    );
  }
}

/**
 * Refuses, before anything is committed, a dump that is not a TI Pilotage database, or whose
 * history this code cannot continue: a migration it does not have (a newer version, another
 * branch) or a failed one. The complete diagnosis (Prisma's, with checksums) runs once committed:
 * the schema engine reads through its own connection, which cannot see this transaction.
 */
async function assertContinuableHistory(client: pg.Client, migrationsDir: string): Promise<void> {
  const table = await client.query<{ found: boolean }>(
    "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS found",
  );
  if (!table.rows[0]!.found) {
    throw new DumpError(
      "The dump has no public._prisma_migrations table: it is not a TI Pilotage database. Nothing was imported.",
    );
  }
  const { rows } = await client.query<{ name: string; finished: boolean }>(
    `SELECT migration_name AS name, finished_at IS NOT NULL AS finished
     FROM public._prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const known = new Set((await readMigrationsList(migrationsDir)).migrationDirectories.map((entry) => entry.path));
  const unknown = rows.filter((row) => !known.has(row.name)).map((row) => row.name);
  if (unknown.length > 0) {
    throw new DumpError(
      `The dump comes from a newer version of TI Pilotage (or another branch): its migrations ${unknown.join(", ")} ` +
        `are not in ${migrationsDir}. Update TI Pilotage to the version that wrote the dump, then import again. ` +
        "Nothing was imported.",
    );
  }
  const failed = rows.filter((row) => !row.finished).map((row) => row.name);
  if (failed.length > 0) {
    throw new DumpError(
      `The dumped database records failed migrations (${failed.join(", ")}): repair it where it was made ` +
        "(`npm run db:deploy` says how), export it again, then import. Nothing was imported.",
    );
  }
}

/** The dump's statements and the checks that must pass before they are committed. */
async function load(client: pg.Client, dump: string, migrationsDir: string): Promise<Omit<ImportResult, "history">> {
  await assertEmpty(client);
  const settings = await client.query<{ name: string }>("SELECT name FROM pg_catalog.pg_settings");
  const script = adaptDumpScript(dump, new Set(settings.rows.map((row) => row.name)));
  await runScript(client, script.sql);
  await assertContinuableHistory(client, migrationsDir);
  const tables = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('information_schema', 'pg_catalog') AND n.nspname NOT LIKE 'pg\\_%'`,
  );
  const demo = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM public."User" WHERE email LIKE $1 AND "disabledAt" IS NULL AND "passwordHash" IS NOT NULL`,
    [`%${DEMO_EMAIL_DOMAIN}`],
  );
  return {
    tableCount: tables.rows[0]!.count,
    demoAccounts: demo.rows[0]!.count,
    skippedSettings: script.skippedSettings,
  };
}

/**
 * Loads a plain pg_dump script (every schema: the app's, `_prisma_migrations`, pg-boss's) into
 * an empty database, in one transaction: a refused statement or history leaves it empty.
 */
export async function importDump(options: ImportOptions): Promise<ImportResult> {
  const migrationsDir = path.resolve(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const loaded = await withClient(options.databaseUrl, async (client) => {
    await client.query("BEGIN");
    try {
      const result = await load(client, options.dump, migrationsDir);
      await client.query("COMMIT");
      // The dump's session settings (an empty search_path above all) end with this connection on
      // PostgreSQL, but PGlite serves every connection in one session, where they would stay.
      await client.query("RESET ALL");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  });
  const history = await compareMigrationHistory({ databaseUrl: options.databaseUrl, migrationsDir });
  return { ...loaded, history };
}
