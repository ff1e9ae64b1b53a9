"use server";

import { revalidatePath } from "next/cache";
import { normalizeEmail } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-strength";
import { assignableColleges, type College, type PermissionUser } from "@/lib/auth/permissions";
import { createMutation, createPublicMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendEmail } from "@/lib/mail/send";
import {
  createInvitationToken,
  hashInvitationToken,
  INVITATION_VALIDITY_HOURS,
  invitationUrl,
} from "./invitation-token";
import {
  acceptInvitationInput,
  changePasswordInput,
  collegeLabels,
  inviteUserInput,
  setUserDisabledInput,
  updateUserAccessInput,
  type UserAccessInput,
} from "./schemas";
import { accessTarget, managedAccountTarget } from "./scope-targets";

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

export const inviteUser = createMutation({
  schema: inviteUserInput,
  operation: "user.invite",
  target: async (input, manager) => {
    assertAssignable(manager, input.college);
    return accessTarget(input);
  },
  handler: async (input, manager) => {
    const email = normalizeEmail(input.email);
    const { token, tokenHash } = createInvitationToken();
    const user = await getPrisma().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email } })) {
        throw new AppError("VALIDATION", undefined, { email: ["Un compte existe déjà avec cette adresse."] });
      }
      const created = await tx.user.create({
        data: {
          email,
          name: input.name,
          organisation: input.organisation,
          college: input.college,
          regionCode: input.regionCode,
        },
      });
      await tx.membership.createMany({ data: membershipRows(created.id, input) });
      await tx.invitation.create({
        data: {
          tokenHash,
          userId: created.id,
          invitedById: manager.id,
          expiresAt: new Date(Date.now() + INVITATION_VALIDITY_HOURS * 3600_000),
        },
      });
      return created;
    });
    await sendEmail({
      to: email,
      subject: "Votre accès à TI Pilotage",
      text: [
        `Bonjour ${input.name},`,
        "",
        `${manager.name} vous invite à rejoindre TI Pilotage, le tableau de bord des Territoires d'industrie, en tant que ${collegeLabels[input.college]}.`,
        "",
        `Pour choisir votre mot de passe, ouvrez ce lien (valable ${INVITATION_VALIDITY_HOURS} heures, utilisable une seule fois) :`,
        invitationUrl(token),
        "",
        "Si vous n'attendiez pas cette invitation, ignorez ce message.",
      ].join("\n"),
    });
    revalidatePath("/admin/utilisateurs");
    return { userId: user.id };
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
  handler: async (input) => {
    await getPrisma().$transaction([
      getPrisma().membership.deleteMany({ where: { userId: input.userId } }),
      getPrisma().membership.createMany({ data: membershipRows(input.userId, input) }),
      getPrisma().user.update({
        where: { id: input.userId },
        // A narrower scope must apply now, not when the session expires.
        data: { college: input.college, regionCode: input.regionCode, sessionVersion: { increment: 1 } },
      }),
    ]);
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
    await getPrisma().user.update({
      where: { id: input.userId },
      data: input.disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
    });
    revalidatePath("/admin/utilisateurs");
    return { userId: input.userId, disabled: input.disabled };
  },
});

export const changeOwnPassword = createMutation({
  schema: changePasswordInput,
  operation: "account.update",
  target: async () => ({ regionCodes: [] }),
  handler: async (input, user) => {
    await assertStrongPassword(input.newPassword, "newPassword");
    const account = await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } });
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", undefined, { currentPassword: ["Le mot de passe actuel est incorrect."] });
    }
    // Every session, this one included, ends: the user signs in again with the new password.
    await getPrisma().user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    });
    return { userId: user.id };
  },
});

export const acceptInvitation = createPublicMutation({
  schema: acceptInvitationInput,
  name: "invitation.accept",
  handler: async (input) => {
    await assertStrongPassword(input.newPassword, "newPassword");
    const passwordHash = await hashPassword(input.newPassword);
    return getPrisma().$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash: hashInvitationToken(input.token) },
        include: { user: true },
      });
      if (!invitation || invitation.usedAt || invitation.expiresAt < new Date() || invitation.user.disabledAt) {
        throw new AppError(
          "NOT_FOUND",
          "Ce lien d'invitation n'est plus valable. Demandez une nouvelle invitation à la personne qui vous a invité.",
        );
      }
      // Marking it used in the same statement as the check makes a second use fail even when two
      // requests race.
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) throw new AppError("NOT_FOUND", "Ce lien d'invitation a déjà été utilisé.");
      await tx.user.update({
        where: { id: invitation.userId },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      return { email: invitation.user.email };
    });
  },
});
