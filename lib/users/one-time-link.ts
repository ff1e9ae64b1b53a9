import { createHash, randomBytes } from "node:crypto";

export const INVITATION_VALIDITY_HOURS = 72;

/** 256 random bits, sent once by email; only its hash is stored, so a database leak reveals no link. */
export function createInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationUrl(token: string): string {
  const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(`/connexion/invitation/${token}`, base).toString();
}
