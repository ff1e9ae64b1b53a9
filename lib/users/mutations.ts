"use server";

import { revalidatePath } from "next/cache";
import { assignableColleges, type College, type PermissionUser } from "@/lib/auth/permissions";
import { createMutation } from "@/lib/auth/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendEmail } from "@/lib/mail/send";
import { accountSnapshot, recordAccountEvent } from "./account-audit";
import { createOneTimeToken, INVITATION_VALIDITY_HOURS, invitationUrl } from "./one-time-link";
import { invitationRole } from "./invitation-text";
import {
  inviteUserInput,
  resendInvitationInput,
  setUserDisabledInput,
  updateUserAccessInput,
  type UserAccessInput,
} from "./schemas";
import { accessTarget, managedAccountTarget } from "./scope-targets";
import { dropContactsOutsideAccess } from "./territory-contacts";

// Managing accounts: invitations, access changes, disabling. Each change and its audit event are
// written in one transaction (lib/users/account-audit.ts).

function assertAssignable(manager: PermissionUser, college: College): void {
  if (!assignableColleges[manager.college].includes(college)) {
    throw new AppError("FORBIDDEN", "Vous ne pouvez pas attribuer ce collège.", {
      college: ["Vous ne pouvez pas attribuer ce collège."],
    });
  }
}

function membershipRows(userId: string, access: UserAccessInput): Prisma.MembershipCreateManyInput[] {
  return access.territoryIds.map((territoryId) => ({
    userId,
    territoryId,
    isBinome: access.binomeTerritoryIds.includes(territoryId),
  }));
}

/** A new one-time link for a pending account; any earlier link of the account stops working. */
async function issueInvitation(tx: Prisma.TransactionClient, userId: string, invitedById: string): Promise<string> {
  const now = new Date();
  await tx.invitation.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const { token, tokenHash } = createOneTimeToken();
  await tx.invitation.create({
    data: {
      tokenHash,
      userId,
      invitedById,
      expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_HOURS * 3600_000),
    },
  });
  return token;
}

export type InvitationSent = {
  userId: string;
  /** The link, for the manager to pass on, when no mail server delivered the email. */
  undeliveredLink: string | null;
};

/**
 * Sends the invitation, naming the role and where it applies ("en tant qu'élu·e du territoire
 * Vallée de l'Huisne"). Without a mail server the email stays in the outbox: the manager who sent
 * it gets the link back, to pass it on by other means.
 */
async function sendInvitationEmail(manager: SessionUser, invitedId: string, token: string): Promise<InvitationSent> {
  const invited = await getPrisma().user.findUniqueOrThrow({
    where: { id: invitedId },
    select: {
      email: true,
      name: true,
      college: true,
      region: { select: { name: true } },
      memberships: { select: { territory: { select: { name: true } } } },
    },
  });
  const role = invitationRole(
    invited.college,
    invited.memberships.map((membership) => membership.territory.name),
    invited.region?.name ?? null,
  );
  const link = invitationUrl(token);
  const sent = await sendEmail({
    to: invited.email,
    sentById: manager.id,
    subject: "Votre accès à TI Pilotage",
    text: [
      `Bonjour ${invited.name},`,
      "",
      `${manager.name} vous invite à rejoindre TI Pilotage, le tableau de bord des Territoires d'industrie, en tant ${role}.`,
      "",
      `Pour choisir votre mot de passe, ouvrez ce lien (valable ${INVITATION_VALIDITY_HOURS} heures, utilisable une seule fois) :`,
      link,
      "",
      "Si vous n'attendiez pas cette invitation, ignorez ce message.",
    ].join("\n"),
  });
  return { userId: invitedId, undeliveredLink: sent.sentAt ? null : link };
}

export const inviteUser = createMutation({
  schema: inviteUserInput,
  operation: "user.invite",
  target: async (input, manager) => {
    assertAssignable(manager, input.college);
    return accessTarget(input);
  },
  handler: async (input, manager) => {
    const { user, token } = await getPrisma().$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email } });
      if (existing) {
        const pending = existing.passwordHash === null && existing.disabledAt === null;
        throw new AppError("VALIDATION", undefined, {
          email: [
            pending
              ? "Une invitation attend déjà cette adresse : renvoyez-la depuis la liste des utilisateurs (« Renvoyer l'invitation »)."
              : "Un compte existe déjà avec cette adresse.",
          ],
        });
      }
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          organisation: input.organisation,
          college: input.college,
          regionCode: input.regionCode,
        },
      });
      await tx.membership.createMany({ data: membershipRows(created.id, input) });
      const token = await issueInvitation(tx, created.id, manager.id);
      await recordAccountEvent(tx, {
        actorId: manager.id,
        userId: created.id,
        operation: "account.invite",
        after: await accountSnapshot(tx, created.id),
      });
      return { user: created, token };
    });
    const sent = await sendInvitationEmail(manager, user.id, token);
    revalidatePath("/admin/utilisateurs");
    return sent;
  },
});

export const resendInvitation = createMutation({
  schema: resendInvitationInput,
  operation: "user.invite",
  visibleWith: "user.manage",
  target: (input, manager) => managedAccountTarget(manager, input.userId),
  handler: async (input, manager) => {
    const { user, token } = await getPrisma().$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId } });
      if (user.passwordHash !== null || user.disabledAt !== null) {
        throw new AppError(
          "VALIDATION",
          user.disabledAt
            ? "Ce compte est désactivé : réactivez-le avant de renvoyer une invitation."
            : "Cette personne a déjà choisi son mot de passe : elle peut utiliser « Mot de passe oublié ».",
        );
      }
      const token = await issueInvitation(tx, user.id, manager.id);
      await recordAccountEvent(tx, {
        actorId: manager.id,
        userId: user.id,
        operation: "account.invitation-renew",
      });
      return { user, token };
    });
    const sent = await sendInvitationEmail(manager, user.id, token);
    revalidatePath("/admin/utilisateurs");
    return sent;
  },
});

export const updateUserAccess = createMutation({
  schema: updateUserAccessInput,
  operation: "user.manage",
  visibleWith: "user.manage",
  // The manager must hold the account as it is (checked by the scoped lookup) and the access it gets.
  target: async (input, manager) => {
    if (!(await managedAccountTarget(manager, input.userId))) return null;
    assertAssignable(manager, input.college);
    return accessTarget(input);
  },
  handler: async (input, manager) => {
    await getPrisma().$transaction(async (tx) => {
      const before = await accountSnapshot(tx, input.userId);
      await tx.membership.deleteMany({ where: { userId: input.userId } });
      await tx.membership.createMany({ data: membershipRows(input.userId, input) });
      await tx.user.update({
        where: { id: input.userId },
        // A narrower scope must apply now, not when the session expires.
        data: { college: input.college, regionCode: input.regionCode, sessionVersion: { increment: 1 } },
      });
      await recordAccountEvent(tx, {
        actorId: manager.id,
        userId: input.userId,
        operation: "account.access",
        before,
        after: await accountSnapshot(tx, input.userId),
      });
      await dropContactsOutsideAccess(tx, {
        actorId: manager.id,
        userId: input.userId,
        previousRegionCode: before.regionCode,
      });
    });
    revalidatePath("/admin/utilisateurs");
    return { userId: input.userId };
  },
});

export const setUserDisabled = createMutation({
  schema: setUserDisabledInput,
  operation: "user.manage",
  visibleWith: "user.manage",
  target: (input, manager) => managedAccountTarget(manager, input.userId),
  handler: async (input, manager) => {
    if (input.userId === manager.id) {
      throw new AppError("FORBIDDEN", "Vous ne pouvez pas désactiver votre propre compte.");
    }
    await getPrisma().$transaction(async (tx) => {
      const before = await accountSnapshot(tx, input.userId);
      if ((before.status === "disabled") === input.disabled) return;
      await tx.user.update({
        where: { id: input.userId },
        data: input.disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
      });
      await recordAccountEvent(tx, {
        actorId: manager.id,
        userId: input.userId,
        operation: input.disabled ? "account.disable" : "account.enable",
        before,
        after: await accountSnapshot(tx, input.userId),
      });
    });
    revalidatePath("/admin/utilisateurs");
    return { userId: input.userId, disabled: input.disabled };
  },
});
