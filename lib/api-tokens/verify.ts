import "server-only";
import { headers } from "next/headers";
import type { SessionClaims } from "@/lib/auth/claims";
import { getPrisma } from "@/lib/db";
import { hashApiToken, isWellFormedApiToken } from "./token";

/** `lastUsedAt` is informative: writing it on every call would turn each read into a write. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The token carried by an `Authorization` header: undefined when the request does not use the
 * Bearer scheme (no header, or Basic credentials added by a protective proxy), "" when it does but
 * carries nothing.
 */
export function bearerTokenOf(authorization: string | null): string | undefined {
  const match = authorization?.match(/^\s*Bearer(?:\s+(.*))?$/i);
  return match ? (match[1] ?? "").trim() : undefined;
}

/** Whether the current request authenticates with a token rather than the session cookie. */
export async function requestUsesApiToken(): Promise<boolean> {
  return bearerTokenOf((await headers()).get("authorization")) !== undefined;
}

/**
 * The identity behind a personal API token: the owner's claims with their current session version,
 * so that lib/auth/session.ts applies the same checks as to a cookie. Null for an unknown, revoked
 * or malformed token, or a disabled owner.
 */
export async function findUserByApiToken(token: string, now: Date = new Date()): Promise<SessionClaims | null> {
  if (!isWellFormedApiToken(token)) return null;
  const prisma = getPrisma();
  const found = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, sessionVersion: true, disabledAt: true } },
    },
  });
  if (!found || found.revokedAt || found.user.disabledAt) return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!found.lastUsedAt || found.lastUsedAt < staleBefore) {
    // Conditional, so that concurrent calls write at most once per interval.
    await prisma.apiToken.updateMany({
      where: { id: found.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { userId: found.user.id, sessionVersion: found.user.sessionVersion };
}
