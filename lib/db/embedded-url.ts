// Kept apart from scripts/db/embedded.ts so that lib/db/index.ts can read it without loading PGlite.

/**
 * Marks the embedded server's URL: PGlite serves every connection in one session, so what is
 * per-connection on PostgreSQL (named prepared statements) would collide there (see lib/db/index.ts).
 */
export const EMBEDDED_APPLICATION_NAME = "ti-pilotage-embedded";

export function isEmbeddedUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
}
