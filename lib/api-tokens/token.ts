import { createHash, randomBytes } from "node:crypto";

/** Recognisable in logs and by secret scanners, like GitHub's `ghp_`. */
export const API_TOKEN_PREFIX = "tip_";
/** Characters kept in clear to let the owner recognise a token in the list. */
export const API_TOKEN_DISPLAY_LENGTH = 8;

const wellFormed = /^tip_[A-Za-z0-9_-]{43}$/;

/**
 * 256 random bits, shown to the user once; only the SHA-256 is stored, so a database leak reveals no
 * usable token. A plain hash (no salt, no slow function) is enough for a random 256-bit secret and
 * lets the lookup use the unique index.
 */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, API_TOKEN_DISPLAY_LENGTH) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isWellFormedApiToken(token: string): boolean {
  return wellFormed.test(token);
}
