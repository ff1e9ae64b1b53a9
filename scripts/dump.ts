// Moving a database: from the embedded one to a PostgreSQL server, or between servers.
//
//   tsx scripts/dump.ts export --out <file>   (npm run db:export) dump DATABASE_URL, else the embedded database
//   tsx scripts/dump.ts import --in <file>    (npm run db:import) load a dump into DATABASE_URL, an empty database
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { embeddedDataDir, redact } from "./db/open";
import { exportDatabase } from "./db/dump/export";
import { importDump, type ImportResult } from "./db/dump/import";
import { runCommand } from "./run-command";

const USAGE = "Usage: npm run db:export -- --out <file> | npm run db:import -- --in <file>";

async function runExport(outFile: string): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  const source = databaseUrl ? { databaseUrl } : { dataDir: embeddedDataDir() };
  const description = await exportDatabase(source, outFile);
  console.log(`Exported ${description} to ${outFile}.`);
  console.log(
    "To move to a PostgreSQL server: create an empty database there, then " +
      `\`DATABASE_URL=postgresql://… npm run db:import -- --in ${outFile}\`.`,
  );
  return 0;
}

function reportHistory({ history }: ImportResult): number {
  if (history.unknown.length > 0 || history.failed.length > 0) {
    console.error(
      `The imported database's migrations do not continue this repository's (unknown: ${history.unknown.join(", ") || "none"}; ` +
        `failed: ${history.failed.join(", ") || "none"}): \`npm start\` would refuse it.`,
    );
    return 1;
  }
  if (history.edited.length > 0) {
    console.warn(
      `Warning: these migrations were applied from a different migration.sql than this repository's: ${history.edited.join(", ")}.`,
    );
  }
  if (history.pending.length > 0) {
    console.log(
      `The dump predates ${history.pending.length} migration(s) of this version: ${history.pending.join(", ")}. ` +
        "`npm start` applies them (or `npm run db:deploy` now).",
    );
  } else {
    console.log("Its migrations are this version's: the database is ready for `npm start`.");
  }
  return 0;
}

async function runImport(inFile: string): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "db:import loads into the PostgreSQL database named by DATABASE_URL: create an empty one " +
        "(e.g. `createdb ti_pilotage`), then `DATABASE_URL=postgresql://…/ti_pilotage npm run db:import -- --in <file>`.",
    );
    return 2;
  }
  const result = await importDump({ databaseUrl, dump: await readFile(inFile, "utf8") });
  console.log(`Imported ${inFile} into ${redact(databaseUrl)}: ${result.tableCount} tables.`);
  if (result.skippedSettings.length > 0) {
    console.log(
      `Left out the dump's session settings this server does not know: ${result.skippedSettings.join(", ")} ` +
        "(from a newer pg_dump; they only tune the restoring session).",
    );
  }
  if (result.demoAccounts > 0) {
    console.warn(
      `Warning: ${result.demoAccounts} demo accounts (…@demo.ti-pilotage.fr) can sign in with the README's public ` +
        "password: disable them (/admin/utilisateurs) before others can reach the service.",
    );
  }
  return reportHistory(result);
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, in: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...extra] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  if (command === "export" && values.out && !values.in) return runExport(values.out);
  if (command === "import" && values.in && !values.out) return runImport(values.in);
  console.error(USAGE);
  return 2;
}

runCommand(main);
