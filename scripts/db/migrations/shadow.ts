// Throw-away PostgreSQL databases for the schema engine: an in-memory PGlite served over the
// PostgreSQL protocol, so checking and creating migrations needs no database server at all.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { ShadowDatabase } from "./adapter";

/** Starts an empty in-memory PostgreSQL (PGlite) on a free local port. */
export async function startInMemoryShadowDatabase(): Promise<ShadowDatabase> {
  const db = await PGlite.create();
  // Port 0 lets the OS pick a free port, so concurrent runs (tests, CLI) never collide.
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 10 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    close: () => {
      closed ??= server.stop().finally(() => db.close());
      return closed;
    },
  };
}
