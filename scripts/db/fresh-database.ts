import { randomBytes } from "node:crypto";
import { withClient } from "./client";
import { startInMemoryPostgres } from "./embedded";

export type FreshDatabase = { url: string; drop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** Tests create and drop databases: refuse anything but a server on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env.ALLOW_NON_LOCAL_TEST_DATABASE !== "1") {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}

/**
 * A new, empty database for one test run: a database created on the server of
 * `TEST_DATABASE_URL` when it is set, otherwise an in-memory embedded PostgreSQL.
 */
export async function createFreshDatabase(purpose: string): Promise<FreshDatabase> {
  if (!process.env.TEST_DATABASE_URL) {
    const embedded = await startInMemoryPostgres();
    return { url: embedded.url, drop: embedded.stop };
  }
  return createFreshPostgresDatabase(purpose);
}

/** The PostgreSQL server tests use when TEST_DATABASE_URL is unset (the one `.ci/run` installs). */
export const LOCAL_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * A new, empty database on a real PostgreSQL server, for tests of several processes sharing it,
 * which the embedded PGlite cannot serve (it runs every connection in one session): on
 * `TEST_DATABASE_URL`'s server, else on LOCAL_POSTGRES_URL.
 */
export async function createFreshPostgresDatabase(purpose: string): Promise<FreshDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || LOCAL_POSTGRES_URL;
  assertLocalDatabase(serverUrl);
  const name = `ti_${purpose}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`)).catch((error: Error) => {
    throw new Error(`Could not create a test database on ${new URL(serverUrl).host}: ${error.message}`, {
      cause: error,
    });
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
