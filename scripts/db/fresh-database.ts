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
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startInMemoryPostgres();
    return { url: embedded.url, drop: embedded.stop };
  }
  assertLocalDatabase(serverUrl);
  const name = `ti_${purpose}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
