// `npm run db:export`: a standard plain-SQL dump of the whole database (the app's schema, its
// migration history and pg-boss's schema), from the embedded database or a PostgreSQL server.
import { execFile } from "node:child_process";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";
import { isEmbeddedUrl } from "../../../lib/db/embedded-url";
import { withClient } from "../client";
import { EmbeddedDatabaseInUseError, openEmbeddedDirectory } from "../embedded";
import { DumpError } from "./dump-script";

const execFileAsync = promisify(execFile);

// Plain SQL, which db:import runs as one query; INSERT statements rather than COPY, which only
// psql can feed; no owners or grants, so that the importing role owns everything, whatever its name.
const DUMP_OPTIONS = ["--format=plain", "--no-owner", "--no-privileges", "--rows-per-insert=1000"];

export type ExportSource = { dataDir: string } | { databaseUrl: string };

/** Writes the dump to `outFile` (whole or not at all); says which pg_dump read what. */
export async function exportDatabase(source: ExportSource, outFile: string): Promise<string> {
  const target = path.resolve(outFile);
  const partial = `${target}.partial`;
  try {
    let description: string;
    if ("dataDir" in source) {
      await writeFile(partial, await dumpEmbeddedDatabase(source.dataDir));
      description = `the embedded database in ${path.resolve(source.dataDir)} (PGlite's pg_dump)`;
    } else {
      description = await dumpServerDatabase(source.databaseUrl, partial);
    }
    await rename(partial, target);
    return description;
  } finally {
    await rm(partial, { force: true });
  }
}

/**
 * PGlite is PostgreSQL 18, which Debian 12's pg_dump (15) refuses to read. PGlite's own pg_dump,
 * compiled to WebAssembly (@electric-sql/pglite-tools), talks to the database in this process
 * through PGlite's protocol API, so no server and no system client is involved.
 */
async function dumpEmbeddedDatabase(dataDir: string): Promise<string> {
  const { db, close } = await openEmbeddedDirectory(dataDir).catch((error: unknown) => {
    if (!(error instanceof EmbeddedDatabaseInUseError)) throw error;
    throw new DumpError(
      `${error.message} Stop it (\`npm run dev\`, \`npm start\`), then export again: the export reads the data ` +
        "directory itself, and PGlite lets one process at a time open it.",
    );
  });
  try {
    return await (await pgDump({ pg: db, args: DUMP_OPTIONS })).text();
  } catch (error) {
    throw new DumpError(`PGlite's pg_dump failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await close();
  }
}

async function systemPgDumpMajor(): Promise<number> {
  let output: string;
  try {
    output = (await execFileAsync("pg_dump", ["--version"])).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new DumpError(
      "pg_dump is not installed: exporting a PostgreSQL server uses PostgreSQL's own client " +
        "(Debian: `apt-get install postgresql-client`), of the server's major version or newer.",
    );
  }
  const major = /\(PostgreSQL\) (\d+)/.exec(output)?.[1];
  if (!major) throw new DumpError(`Unexpected answer of pg_dump --version: ${output.trim()}`);
  return Number(major);
}

async function serverMajor(databaseUrl: string): Promise<number> {
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query<{ version: string }>("SELECT current_setting('server_version_num') AS version"),
  );
  return Math.floor(Number(rows[0]!.version) / 10_000);
}

/**
 * pg_dump refuses a server of a newer major version than its own (it cannot know that server's
 * catalog) and reads older ones: said before it runs, with what to install.
 */
export function assertPgDumpCanRead(client: number, server: number): void {
  if (client >= server) return;
  throw new DumpError(
    `pg_dump ${client} cannot dump a PostgreSQL ${server} server (pg_dump reads servers of its own major version ` +
      `or older). Install PostgreSQL ${server}'s client tools or newer (e.g. from apt.postgresql.org) and put ` +
      "their pg_dump first on PATH, then export again.",
  );
}

/** A server's database, dumped by the system's pg_dump. The password goes through the environment, not the command line. */
async function dumpServerDatabase(databaseUrl: string, outFile: string): Promise<string> {
  if (isEmbeddedUrl(databaseUrl)) {
    throw new DumpError(
      "DATABASE_URL names the embedded database served by `npm run dev`. Stop it and run db:export without " +
        "DATABASE_URL: the export then reads the data directory itself.",
    );
  }
  const [client, server] = await Promise.all([systemPgDumpMajor(), serverMajor(databaseUrl)]);
  assertPgDumpCanRead(client, server);
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  // Prisma's `schema` parameter means nothing to libpq, which refuses unknown parameters.
  url.searchParams.delete("schema");
  try {
    await execFileAsync("pg_dump", [...DUMP_OPTIONS, `--file=${outFile}`, `--dbname=${url.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new DumpError(`pg_dump failed: ${stderr || (error as Error).message}`, { cause: error });
  }
  return `PostgreSQL ${server} (pg_dump ${client})`;
}
