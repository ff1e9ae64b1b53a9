// Prisma migrations without Prisma's native schema engine (which cannot be downloaded here): the
// same engine compiled to WebAssembly, talking to PostgreSQL through a driver adapter. It reads
// and writes the standard layout (prisma/migrations/<timestamp>_<name>/migration.sql,
// migration_lock.toml, the _prisma_migrations table), so the regular Prisma CLI stays compatible.
import path from "node:path";
import type { MigrationList, SchemaContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createMigrationAdapterFactory, type ShadowDatabase } from "./adapter";
import {
  ensureLockfile,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  newMigrationDirectoryName,
  readMigrationsList,
  readSchemaFiles,
  writeMigration,
} from "./files";
import { startInMemoryShadowDatabase } from "./shadow";
import { NO_FILTER, withSchemaEngine } from "./wasm";

export const DEFAULT_SCHEMA_PATH = "prisma/schema.prisma";
export const DEFAULT_MIGRATIONS_DIR = "prisma/migrations";

export type CreateMigrationOptions = {
  /** Free-form name, slugified into the directory name (`add nickname` -> `<ts>_add_nickname`). */
  name: string;
  /** Defaults to prisma/schema.prisma (a directory holding several .prisma files also works). */
  schemaPath?: string;
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
  /** The database to bring up to date once the migration is written. */
  databaseUrl: string;
};

export type DeployMigrationsOptions = {
  migrationsDir?: string;
  databaseUrl: string;
};

export type CheckMigrationsOptions = {
  schemaPath?: string;
  migrationsDir?: string;
};

export type CheckMigrationsResult = {
  /** True when replaying the migrations yields exactly the schema described by schema.prisma. */
  inSync: boolean;
  /** The SQL a new migration would need to contain; empty when in sync. */
  script: string;
};

/** Relative paths are resolved from the working directory, i.e. the repository root for scripts. */
function resolvePaths(options: { schemaPath?: string; migrationsDir?: string }) {
  return {
    schemaPath: path.resolve(options.schemaPath ?? DEFAULT_SCHEMA_PATH),
    migrationsDir: path.resolve(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR),
  };
}

/**
 * The engine only trusts the provider recorded in migration_lock.toml; a history written for
 * another database must not be replayed on PostgreSQL.
 */
function assertPostgresHistory(migrations: MigrationList): void {
  const content = migrations.lockfile.content;
  if (content !== null && !/^\s*provider\s*=\s*"postgresql"\s*$/m.test(content)) {
    throw new Error(
      `${path.join(migrations.baseDir, LOCKFILE_NAME)} is not for PostgreSQL; these migrations cannot be used here.`,
    );
  }
}

/**
 * The SQL needed to go from the schema the migrations produce (replayed on an empty shadow
 * database) to the schema described by the Prisma schema; empty when they agree.
 */
async function diffMigrationsToSchema(migrations: MigrationList, schemaFiles: SchemaContainer[]): Promise<string> {
  // No databaseUrl: the diff only involves the shadow database, never the real one.
  const factory = createMigrationAdapterFactory({ createShadowDatabase: startInMemoryShadowDatabase });
  return withSchemaEngine(factory, schemaFiles, async (engine) => {
    const { exitCode, stdout } = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      // With exitCode requested, the engine answers 2 for a non-empty diff and 0 otherwise,
      // which is more reliable than parsing the "empty migration" comment it prints.
      exitCode: true,
      filters: NO_FILTER,
    });
    return exitCode === 2 ? (stdout ?? "") : "";
  });
}

/**
 * Like `prisma migrate dev --name <name>`: writes a migration for whatever the schema adds to the
 * migrations (nothing when they agree), makes sure migration_lock.toml exists, then applies every
 * pending migration to `databaseUrl`. Returns the new migration's directory name, or null.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<{ created: string | null }> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const [schemaFiles, migrations] = await Promise.all([
    readSchemaFiles(schemaPath),
    readMigrationsList(migrationsDir, LOCKFILE_CONTENT),
  ]);
  assertPostgresHistory(migrations);

  // Refuse early, before writing anything, when the database could not take the new migration
  // (unreachable, failed or edited migrations, a history from another branch).
  await assertDeployable(migrations, options.databaseUrl);

  const script = await diffMigrationsToSchema(migrations, schemaFiles);
  let created: string | null = null;
  if (script) {
    created = newMigrationDirectoryName(
      options.name,
      migrations.migrationDirectories.map((directory) => directory.path),
    );
    await writeMigration(migrationsDir, created, script);
  }
  await ensureLockfile(migrationsDir);
  await deployMigrations({ migrationsDir, databaseUrl: options.databaseUrl });
  return { created };
}

async function assertDeployable(migrations: MigrationList, databaseUrl: string): Promise<void> {
  const history = await diagnoseHistory(migrations, databaseUrl);
  const problems: string[] = [];
  if (history.failed.length > 0) {
    problems.push(
      `failed migrations: ${history.failed.join(", ")} (fix the database, then mark them with ` +
        "`prisma migrate resolve --applied` or `--rolled-back`)",
    );
  }
  if (history.edited.length > 0) {
    problems.push(`migrations edited after being applied: ${history.edited.join(", ")}`);
  }
  if (history.unknown.length > 0) {
    problems.push(
      `migrations applied to the database but missing from ${migrations.baseDir}: ${history.unknown.join(", ")}`,
    );
  }
  // `prisma migrate dev` would offer to reset the database in these cases; a new migration
  // written on top of an inconsistent history would only fail later or hide the problem.
  if (problems.length > 0) {
    throw new Error(
      `The database's migration history does not match the migrations directory: ${problems.join("; ")}. ` +
        "Fix it or recreate the development database before creating a migration.",
    );
  }
}

export type MigrationHistory = {
  /** In the migrations directory, not applied to the database yet (the database is older). */
  pending: string[];
  /** Applied to the database, missing from the migrations directory (the database is newer, or from another branch). */
  unknown: string[];
  /** Recorded as failed in the database. */
  failed: string[];
  /** Applied, but their migration.sql has changed since. */
  edited: string[];
};

async function diagnoseHistory(migrations: MigrationList, databaseUrl: string): Promise<MigrationHistory> {
  const factory = createMigrationAdapterFactory({
    databaseUrl,
    createShadowDatabase: () => Promise.reject(new Error("No shadow database is needed here.")),
  });
  const diagnosis = await withSchemaEngine(factory, [], (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList: migrations, optInToShadowDatabase: false, filters: NO_FILTER }),
  );
  const history = diagnosis.history;
  return {
    pending: history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [],
    unknown: history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [],
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
  };
}

/** How a database's applied migrations compare with the migrations directory (Prisma's own diagnosis). */
export async function compareMigrationHistory(options: DeployMigrationsOptions): Promise<MigrationHistory> {
  const { migrationsDir } = resolvePaths(options);
  const migrations = await readMigrationsList(migrationsDir, LOCKFILE_CONTENT);
  assertPostgresHistory(migrations);
  return diagnoseHistory(migrations, options.databaseUrl);
}

/** Like `prisma migrate deploy`: applies the migrations not yet recorded in _prisma_migrations. */
export async function deployMigrations(options: DeployMigrationsOptions): Promise<{ applied: string[] }> {
  const { migrationsDir } = resolvePaths(options);
  const migrations = await readMigrationsList(migrationsDir, LOCKFILE_CONTENT);
  assertPostgresHistory(migrations);
  // Nothing to apply: no need to start the engine, which would only create _prisma_migrations.
  if (migrations.migrationDirectories.length === 0) return { applied: [] };
  const factory = createMigrationAdapterFactory({
    databaseUrl: options.databaseUrl,
    createShadowDatabase: () => Promise.reject(new Error("Deploying migrations needs no shadow database.")),
  });
  const { appliedMigrationNames } = await withSchemaEngine(factory, [], (engine) =>
    engine.applyMigrations({ migrationsList: migrations, filters: NO_FILTER }),
  );
  return { applied: appliedMigrationNames };
}

/**
 * Compares the migrations with the Prisma schema without any database server (the migrations are
 * replayed on an in-memory PGlite).
 */
export async function checkMigrations(options: CheckMigrationsOptions = {}): Promise<CheckMigrationsResult> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const [schemaFiles, migrations] = await Promise.all([
    readSchemaFiles(schemaPath),
    readMigrationsList(migrationsDir, LOCKFILE_CONTENT),
  ]);
  assertPostgresHistory(migrations);
  const script = await diffMigrationsToSchema(migrations, schemaFiles);
  return { inSync: script === "", script };
}

export type { ShadowDatabase };
export { startInMemoryShadowDatabase };
