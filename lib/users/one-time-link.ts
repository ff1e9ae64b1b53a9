import { createHash, randomBytes } from "node:crypto";

// One-time links sent by email: an invitation to choose a first password, or a link to choose a
// new one after "Mot de passe oublié". 256 random bits; only their SHA-256 is stored, so that a
// database leak reveals no usable link.

export const INVITATION_VALIDITY_HOURS = 72;
/** Short: a reset link sits in a mailbox that may be read by someone else later. */
export const PASSWORD_RESET_VALIDITY_MINUTES = 60;

export function createOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** An absolute link to a page of the application, for e-mails. */
export function appUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}

export function invitationUrl(token: string): string {
  return appUrl(`/connexion/invitation/${token}`);
}

export function passwordResetUrl(token: string): string {
  return appUrl(`/connexion/nouveau-mot-de-passe/${token}`);
}
