import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedUrl } from "../../lib/db/embedded-url";

export type EmbeddedPostgres = {
  url: string;
  /** True when another process already serves this data directory and we only connect to it. */
  reused: boolean;
  stop: () => Promise<void>;
};

type LockContent = { pid: number; port: number };

// PGlite runs one query at a time; several connections let a pool open without erroring, they
// are queued by the socket server.
const MAX_CONNECTIONS = 32;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPortAnswering(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function readLock(lockPath: string): LockContent | null {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8")) as LockContent;
  } catch {
    return null;
  }
}

/** Creates the lock file atomically; false when it already exists. */
function tryCreateLock(lockPath: string, content: LockContent): boolean {
  try {
    const fd = openSync(lockPath, "wx");
    writeSync(fd, JSON.stringify(content));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

async function serve(db: PGlite, port: number): Promise<{ server: PGLiteSocketServer; port: number }> {
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(
        `Port ${port} is already taken: set EMBEDDED_DB_PORT to a free port, or DATABASE_URL to use a real PostgreSQL.`,
      );
    }
    throw error;
  }
  const actualPort = Number(server.getServerConn().split(":").pop());
  return { server, port: actualPort };
}

/**
 * Serves a PGlite database kept in `dataDir` over the Postgres protocol.
 *
 * PGlite takes no lock on its directory, and a second process opening the same directory
 * silently loses its writes. So the data directory is guarded by a lock file naming the
 * owning process and port: a live owner is reused, a stale lock is taken over.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const lockPath = `${dataDir}.lock`;

  for (let attempt = 0; attempt < 2; attempt++) {
    // Port 0 marks "starting": the real port is written once the server listens.
    if (tryCreateLock(lockPath, { pid: process.pid, port: 0 })) break;
    const owner = readLock(lockPath);
    if (owner && owner.port > 0 && isProcessAlive(owner.pid) && (await isPortAnswering(owner.port))) {
      return { url: embeddedUrl(owner.port), reused: true, stop: async () => {} };
    }
    rmSync(lockPath, { force: true });
    if (attempt === 1) throw new Error(`Could not take the lock ${lockPath}.`);
  }

  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir);
    const { server, port } = await serve(db, options.port);
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port } satisfies LockContent));
    const openedDb = db;
    return {
      url: embeddedUrl(port),
      reused: false,
      stop: async () => {
        await server.stop();
        await openedDb.close();
        rmSync(lockPath, { force: true });
      },
    };
  } catch (error) {
    await db?.close();
    rmSync(lockPath, { force: true });
    throw error;
  }
}

/** A throw-away in-memory database, for tests and migration diffs. */
export async function startInMemoryPostgres(): Promise<EmbeddedPostgres> {
  const db = await PGlite.create();
  const { server, port } = await serve(db, 0);
  return {
    url: embeddedUrl(port),
    reused: false,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
