import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET signs session cookies and must be the same on every app instance, so it comes
 * from the environment. Only the local embedded setup (no DATABASE_URL) gets one generated and
 * kept in .data/, so that `npm run dev` works with no configuration and sessions survive restarts.
 */
export function resolveAuthSecret(env: { NEXTAUTH_SECRET?: string; DATABASE_URL?: string }, dataDir = ".data"): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new Error("NEXTAUTH_SECRET must be set when DATABASE_URL is (generate one with `openssl rand -base64 32`).");
  }
  const file = path.resolve(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
