"use server";

import { assertAttemptAllowed } from "@/lib/auth/attempt-limits";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-strength";
import { createMutation, createPublicMutation, ownAccountTarget } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendEmail } from "@/lib/mail/send";
import { currentClientAddress } from "@/lib/security/request-address";
import { accountSnapshot, recordAccountEvent } from "./account-audit";
import {
  createOneTimeToken,
  hashOneTimeToken,
  PASSWORD_RESET_VALIDITY_MINUTES,
  passwordResetUrl,
} from "./one-time-link";
import { acceptInvitationInput, changePasswordInput, requestPasswordResetInput, resetPasswordInput } from "./schemas";

// Passwords: changing one's own, choosing the first from an invitation, and resetting a forgotten
// one. The public ones (no session) are throttled per client address and check their one-time
// link before any expensive work: an argon2 hash costs tens of milliseconds of CPU, which nobody
// should be able to request for free.

const INVALID_INVITATION =
  "Ce lien d'invitation n'est plus valable. Demandez une nouvelle invitation à la personne qui vous a invité.";
const INVALID_RESET =
  "Ce lien de réinitialisation n'est plus valable (il sert une fois, pendant une heure). Demandez-en un nouveau.";

export const changeOwnPassword = createMutation({
  schema: changePasswordInput,
  operation: "account.update",
  target: ownAccountTarget,
  handler: async (input, user) => {
    await assertStrongPassword(input.newPassword, "newPassword");
    const account = await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } });
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", undefined, { currentPassword: ["Le mot de passe actuel est incorrect."] });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await getPrisma().$transaction(async (tx) => {
      // Every session, this one included, ends: the user signs in again with the new password.
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await recordAccountEvent(tx, { actorId: user.id, userId: user.id, operation: "account.password-change" });
    });
    return { userId: user.id };
  },
});

type OneTimeLink = { id: string; userId: string; user: { email: string } };

/**
 * Choosing a password through a one-time link (an invitation or a reset): per-address throttle,
 * then the link, then the password policy and the hash, then — in one transaction — the link is
 * claimed (a second use fails even when two requests race) and `apply` sets the password.
 */
async function choosePasswordThroughLink<T>(
  input: { token: string; newPassword: string },
  link: {
    invalidMessage: string;
    findValid: (tx: Prisma.TransactionClient, tokenHash: string) => Promise<OneTimeLink | null>;
    claim: (tx: Prisma.TransactionClient, id: string) => Promise<{ count: number }>;
  },
  apply: (tx: Prisma.TransactionClient, found: OneTimeLink, passwordHash: string) => Promise<T>,
): Promise<T> {
  await assertAttemptAllowed("password-link", await currentClientAddress());
  const tokenHash = hashOneTimeToken(input.token);
  if (!(await link.findValid(getPrisma(), tokenHash))) throw new AppError("NOT_FOUND", link.invalidMessage);
  await assertStrongPassword(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  return getPrisma().$transaction(async (tx) => {
    const found = await link.findValid(tx, tokenHash);
    if (!found || (await link.claim(tx, found.id)).count !== 1) {
      throw new AppError("NOT_FOUND", link.invalidMessage);
    }
    return apply(tx, found, passwordHash);
  });
}

const usable = (tokenHash: string) => ({
  tokenHash,
  usedAt: null,
  expiresAt: { gt: new Date() },
  user: { disabledAt: null },
});
const linkSelect = { id: true, userId: true, user: { select: { email: true } } } as const;

export const acceptInvitation = createPublicMutation({
  schema: acceptInvitationInput,
  name: "invitation.accept",
  handler: (input) =>
    choosePasswordThroughLink(
      input,
      {
        invalidMessage: INVALID_INVITATION,
        findValid: (tx, tokenHash) => tx.invitation.findFirst({ where: usable(tokenHash), select: linkSelect }),
        claim: (tx, id) => tx.invitation.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } }),
      },
      async (tx, invitation, passwordHash) => {
        const before = await accountSnapshot(tx, invitation.userId);
        await tx.user.update({
          where: { id: invitation.userId },
          data: { passwordHash, sessionVersion: { increment: 1 } },
        });
        await recordAccountEvent(tx, {
          actorId: invitation.userId,
          userId: invitation.userId,
          operation: "account.activate",
          before,
          after: await accountSnapshot(tx, invitation.userId),
        });
        return { email: invitation.user.email };
      },
    ),
});

/**
 * "Mot de passe oublié": the same answer whether or not the address has an account, so that the
 * form tells nobody who uses the service. Throttled per client address and per email address.
 */
export const requestPasswordReset = createPublicMutation({
  schema: requestPasswordResetInput,
  name: "password-reset.request",
  handler: async (input) => {
    await assertAttemptAllowed("reset-request-ip", await currentClientAddress());
    await assertAttemptAllowed("reset-request-email", input.email);
    const token = await getPrisma().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email: input.email } });
      // An invited person who never chose a password needs a new invitation, not a reset.
      if (!user || !user.passwordHash || user.disabledAt) return null;
      const now = new Date();
      await tx.passwordReset.updateMany({
        where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      });
      const { token, tokenHash } = createOneTimeToken();
      await tx.passwordReset.create({
        data: {
          tokenHash,
          userId: user.id,
          expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALIDITY_MINUTES * 60_000),
        },
      });
      // Nobody signed in asked: the event has no author.
      await recordAccountEvent(tx, { actorId: null, userId: user.id, operation: "account.password-reset-request" });
      return { value: token, name: user.name };
    });
    if (token) {
      await sendEmail({
        to: input.email,
        subject: "Réinitialiser votre mot de passe TI Pilotage",
        text: [
          `Bonjour ${token.name},`,
          "",
          "Vous avez demandé à choisir un nouveau mot de passe pour TI Pilotage.",
          `Ouvrez ce lien (valable ${PASSWORD_RESET_VALIDITY_MINUTES} minutes, utilisable une seule fois) :`,
          passwordResetUrl(token.value),
          "",
          "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
        ].join("\n"),
      });
    }
    return { sent: true };
  },
});

export const resetPassword = createPublicMutation({
  schema: resetPasswordInput,
  name: "password-reset.complete",
  handler: (input) =>
    choosePasswordThroughLink(
      input,
      {
        invalidMessage: INVALID_RESET,
        findValid: (tx, tokenHash) => tx.passwordReset.findFirst({ where: usable(tokenHash), select: linkSelect }),
        claim: (tx, id) => tx.passwordReset.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } }),
      },
      async (tx, reset, passwordHash) => {
        // The new password ends every open session: whoever knew the old one is out.
        await tx.user.update({
          where: { id: reset.userId },
          data: { passwordHash, sessionVersion: { increment: 1 } },
        });
        await recordAccountEvent(tx, {
          actorId: reset.userId,
          userId: reset.userId,
          operation: "account.password-reset",
        });
        return { email: reset.user.email };
      },
    ),
});
