import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
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

export type LockContent = { pid: number; port: number };

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

type DirectoryLock = { taken: true; lockPath: string; release: () => void } | { taken: false; owner: LockContent };

/**
 * PGlite takes no lock on its directory, and a second process opening the same directory
 * silently loses its writes. So the data directory is guarded by a lock file naming the owning
 * process and port: a live owner is reported, a stale lock is taken over.
 */
async function lockDataDirectory(dataDir: string): Promise<DirectoryLock> {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    // Port 0 marks "starting" (or "opened without a server"): a real port is written once a server listens.
    if (tryCreateLock(lockPath, { pid: process.pid, port: 0 })) {
      return { taken: true, lockPath, release: () => rmSync(lockPath, { force: true }) };
    }
    const owner = readLock(lockPath);
    if (owner && owner.port > 0 && isProcessAlive(owner.pid) && (await isPortAnswering(owner.port))) {
      return { taken: false, owner };
    }
    rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}.`);
}

/** Serves a PGlite database kept in `dataDir` over the Postgres protocol, or reuses the live server of that directory. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const lock = await lockDataDirectory(dataDir);
  if (!lock.taken) return { url: embeddedUrl(lock.owner.port), reused: true, stop: async () => {} };

  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir);
    const { server, port } = await serve(db, options.port);
    writeFileSync(lock.lockPath, JSON.stringify({ pid: process.pid, port } satisfies LockContent));
    const openedDb = db;
    return {
      url: embeddedUrl(port),
      reused: false,
      stop: async () => {
        await server.stop();
        await openedDb.close();
        lock.release();
      },
    };
  } catch (error) {
    await db?.close();
    lock.release();
    throw error;
  }
}

/** The embedded data directory is served by another live process, which alone may open it. */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockContent,
  ) {
    super(`The embedded database in ${dataDir} is in use by process ${owner.pid} (port ${owner.port}).`);
    this.name = "EmbeddedDatabaseInUseError";
  }
}

/**
 * Opens an existing data directory in this process, without a server (the dump reads it through
 * PGlite's own API). Refused while another process serves it: two PGlite instances on one
 * directory corrupt it.
 */
export async function openEmbeddedDirectory(dataDir: string): Promise<{ db: PGlite; close: () => Promise<void> }> {
  const resolved = path.resolve(dataDir);
  // PGlite would create an empty database in a missing directory.
  if (!existsSync(path.join(resolved, "PG_VERSION"))) {
    throw new Error(
      `There is no embedded database in ${resolved}: \`npm run dev\` creates it (EMBEDDED_DB_DIR names another directory).`,
    );
  }
  const lock = await lockDataDirectory(resolved);
  if (!lock.taken) throw new EmbeddedDatabaseInUseError(resolved, lock.owner);
  try {
    const db = await PGlite.create(resolved);
    return {
      db,
      close: async () => {
        await db.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
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
