import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAccountEvent } from "@/lib/users/account-audit";

// Linking a ProConnect identity to an account. Signing in with ProConnect never creates an
// account: access is still given by invitation (lib/users). The first sign-in links the identity
// to the account with the same e-mail (as ProConnect's signed userinfo asserts it: ProConnect sends
// no email_verified claim, its identity providers vouch for the address); later ones match on
// (issuer, sub). An account has one identity: ProConnect's `sub` is specific to each identity
// provider, so a person whose provider changes arrives with a new one — refused until the old link
// is removed (from /compte), so that an account never silently changes who can enter it.

/** What ProConnect asserted, from its signature-checked userinfo (the e-mail) and ID token (sub). */
export type ProConnectAssertion = { issuer: string; sub: string; email: string };

export type ProConnectLinkResult =
  | { ok: true; userId: string; sessionVersion: number; linked: boolean }
  | {
      ok: false;
      /**
       * unknown: no account has this e-mail (the public "how to get access" page);
       * disabled: the account is disabled;
       * conflict: the account is already linked to another ProConnect identity.
       */
      reason: "unknown" | "disabled" | "conflict";
    };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function resolveOnce(assertion: ProConnectAssertion): Promise<ProConnectLinkResult> {
  const prisma = getPrisma();
  const linked = await prisma.proConnectIdentity.findUnique({
    where: { issuer_sub: { issuer: assertion.issuer, sub: assertion.sub } },
    select: { id: true, user: { select: { id: true, disabledAt: true, sessionVersion: true } } },
  });
  if (linked) {
    if (linked.user.disabledAt) return { ok: false, reason: "disabled" };
    await prisma.proConnectIdentity.update({ where: { id: linked.id }, data: { lastUsedAt: new Date() } });
    return { ok: true, userId: linked.user.id, sessionVersion: linked.user.sessionVersion, linked: false };
  }
  const email = assertion.email.trim().toLowerCase();
  if (!email) return { ok: false, reason: "unknown" };
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, disabledAt: true, sessionVersion: true, proConnectIdentity: { select: { id: true } } },
  });
  if (!user) return { ok: false, reason: "unknown" };
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  if (user.proConnectIdentity) return { ok: false, reason: "conflict" };
  await prisma.$transaction(async (tx) => {
    await tx.proConnectIdentity.create({
      data: { userId: user.id, issuer: assertion.issuer, sub: assertion.sub, email, lastUsedAt: new Date() },
    });
    await recordAccountEvent(tx, {
      actorId: user.id,
      userId: user.id,
      operation: "account.proconnect-link",
      details: { issuer: assertion.issuer },
    });
  });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, linked: true };
}

/**
 * Finds the account of a ProConnect sign-in: by (issuer, sub) when linked; else by the e-mail,
 * linking it then (journaled). Two first sign-ins racing make one link: the loser reads it.
 */
export async function resolveProConnectSignIn(assertion: ProConnectAssertion): Promise<ProConnectLinkResult> {
  try {
    return await resolveOnce(assertion);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return resolveOnce(assertion);
  }
}

/** The account's ProConnect link, for /compte. */
export function findProConnectLink(userId: string) {
  return getPrisma().proConnectIdentity.findUnique({
    where: { userId },
    select: { email: true, createdAt: true, lastUsedAt: true },
  });
}
