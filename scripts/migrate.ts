// Prisma migrations through the WebAssembly schema engine (the native one cannot be downloaded
// here); see scripts/db/migrations/engine.ts.
//
//   tsx scripts/migrate.ts dev [--name <name>]   create a migration from schema changes, apply it
//   tsx scripts/migrate.ts deploy                 apply pending migrations
//   tsx scripts/migrate.ts check                  fail when schema.prisma and migrations disagree
import { parseArgs } from "node:util";
import { openDatabase } from "./db/open";
import { checkMigrations, createMigration, deployMigrations } from "./db/migrations/engine";
import { runCommand } from "./run-command";

const USAGE = "Usage: tsx scripts/migrate.ts dev [--name <name>] | deploy | check";

/** Runs `run` against DATABASE_URL, or the embedded database when it is unset. */
async function withDatabase<T>(run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  console.log(`Using ${database.description}`);
  try {
    return await run(database.url);
  } finally {
    await database.stop();
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string", short: "n" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...extra] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (extra.length > 0 || (values.name !== undefined && command !== "dev")) {
    console.error(USAGE);
    return 2;
  }

  switch (command) {
    case "dev": {
      const name = values.name ?? "migration";
      const { created } = await withDatabase((databaseUrl) => createMigration({ name, databaseUrl }));
      console.log(
        created
          ? `Created prisma/migrations/${created}/migration.sql and applied it.`
          : "Schema and migrations are in sync: no migration created. Pending migrations (if any) were applied.",
      );
      return 0;
    }
    case "deploy": {
      const { applied } = await withDatabase((databaseUrl) => deployMigrations({ databaseUrl }));
      console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "No pending migration.");
      return 0;
    }
    case "check": {
      const { inSync, script } = await checkMigrations();
      if (inSync) {
        console.log("Schema and migrations are in sync.");
        return 0;
      }
      console.error(
        "prisma/schema.prisma and prisma/migrations are out of sync. Run `npm run db:migrate -- --name <name>` " +
          "to create the missing migration. It would contain:\n",
      );
      console.error(script);
      return 1;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

runCommand(main);
