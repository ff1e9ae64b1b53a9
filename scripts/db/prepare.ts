import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoData } from "../../prisma/seed/demo";
import { seedReferenceData } from "../../prisma/seed/reference";
import { deployMigrations } from "./migrations/engine";

/**
 * The advisory lock held while a database is prepared: "tipi" in ASCII. Any key but Prisma's
 * 72707369, which the migration engine takes itself, on its own connection, around the migrations:
 * held here too, the engine would wait on us and give up after its 10 s timeout.
 */
export const PREPARE_LOCK_KEY = 0x74697069;

/**
 * Brings a database to the current schema and writes the programme's reference data, and with
 * `demo` the demo accounts (development, tests and demonstrations only).
 *
 * Every app instance does this as it starts (`npm start`), and instances start together: the whole
 * preparation runs under one lock, so that the first one migrates and seeds and the others, once
 * it is done, find nothing left to apply.
 */
export async function prepareDatabase(
  databaseUrl: string,
  options: { demo?: boolean } = {},
): Promise<{ applied: string[] }> {
  return withPrepareLock(databaseUrl, async () => {
    const { applied } = await deployMigrations({ databaseUrl });
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
    try {
      await seedReferenceData(prisma);
      if (options.demo) await seedDemoData(prisma);
    } finally {
      await prisma.$disconnect();
    }
    return { applied };
  });
}

/**
 * Runs `run` while holding PREPARE_LOCK_KEY: a session-level advisory lock on a connection of its
 * own (as Prisma's migrate does), so that it spans the migration engine's connections and the
 * seed's transactions alike. It waits as long as the holder works — migrations may take minutes —
 * and cannot outlive it: PostgreSQL releases it when the holder's connection ends, even if its
 * process dies.
 *
 * On the embedded PGlite every connection shares one session, and a session never waits for a lock
 * it holds: the lock is granted at once there and cannot deadlock (nor exclude anything, which the
 * embedded database, served to one process, does not need).
 */
export async function withPrepareLock<T>(databaseUrl: string, run: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A connection lost while `run` works surfaces through `run` itself or the unlock below.
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ taken: boolean }>("SELECT pg_try_advisory_lock($1) AS taken", [
      PREPARE_LOCK_KEY,
    ]);
    if (!rows[0]!.taken) {
      console.log("Another instance is preparing the database: waiting until it is done.");
      await client.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK_KEY]);
    }
    try {
      return await run();
    } finally {
      // Explicitly, for PGlite's shared session; ending the connection would release it anyway.
      await client.query("SELECT pg_advisory_unlock($1)", [PREPARE_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
