import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

export type OpenedDatabase = EmbeddedPostgres & { description: string };

export const DEFAULT_EMBEDDED_DB_PORT = 54329;

/** Where the embedded database keeps its data: EMBEDDED_DB_DIR, else `.data/pglite`. */
export function embeddedDataDir(): string {
  return path.resolve(process.env.EMBEDDED_DB_DIR ?? ".data/pglite");
}

/**
 * The database the app and the command-line scripts use: `DATABASE_URL` when set, otherwise the
 * embedded PGlite server with its data under `.data/` (a development and demo default).
 */
export async function openDatabase(): Promise<OpenedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return { url: configured, reused: true, stop: async () => {}, description: `PostgreSQL at ${redact(configured)}` };
  }
  const dataDir = embeddedDataDir();
  const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_DB_PORT);
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  const how = embedded.reused ? "already served by another process" : "started";
  return { ...embedded, description: `embedded PostgreSQL (PGlite, ${how}) with data in ${dataDir}` };
}

/** Hides the password of a connection URL before it is printed. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}
