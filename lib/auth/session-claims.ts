import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { bearerTokenOf, findUserByApiToken } from "@/lib/api-tokens/verify";
import { authOptions } from "./auth-options";
import type { SessionClaims } from "./claims";

/**
 * Who the request says it is; lib/auth/session.ts checks it against the database.
 *
 * The JSON API calls the same mutations as the pages (lib/auth/safe-action.ts), so a personal API
 * token is resolved here, the one place a request's identity is read: a token caller becomes the
 * token's owner with their current session version, and every downstream check (disabled account,
 * permission table, scoped reads) applies unchanged. A request that presents a Bearer token is
 * judged by that token alone — an invalid token is not rescued by a cookie. Browsers never add a
 * Bearer header on their own, so this opens no cross-site path.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const token = bearerTokenOf((await headers()).get("authorization"));
  if (token !== undefined) return token ? findUserByApiToken(token) : null;
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: unknown; sessionVersion?: unknown } | undefined;
  if (typeof user?.id !== "string" || typeof user.sessionVersion !== "number") return null;
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
