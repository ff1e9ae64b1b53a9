"use server";

import { revalidatePath } from "next/cache";
import { isRegionalCollege } from "@/lib/auth/permissions";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordContactsEvent } from "./account-audit";
import { CONTACT_OUTSIDE_REGION_MESSAGE, setTerritoryContactsInput } from "./schemas";
import { managedAccountTarget } from "./scope-targets";

// The Région and État officers a territory counts as its contacts: invited by default to its
// séances (lib/meetings/participants.ts). Whoever manages the officer's account marks them.

export const setTerritoryContacts = createMutation({
  schema: setTerritoryContactsInput,
  operation: "user.manage",
  visibleWith: "user.manage",
  target: (input, manager) => managedAccountTarget(manager, input.userId),
  handler: async (input, manager) => {
    const territoryIds = [...new Set(input.territoryIds)];
    await getPrisma().$transaction(async (tx) => {
      // Read inside the transaction: the account's college and region decide what may be ticked.
      const account = await tx.user.findUniqueOrThrow({
        where: { id: input.userId },
        select: { college: true, regionCode: true, territoryContacts: { select: { territoryId: true } } },
      });
      if (!isRegionalCollege(account.college) || !account.regionCode) {
        throw new AppError(
          "VALIDATION",
          "Seuls les comptes Région et État peuvent être les interlocuteurs d'un territoire.",
        );
      }
      const inRegion = await tx.territory.count({
        where: { id: { in: territoryIds }, regions: { some: { regionCode: account.regionCode } } },
      });
      if (inRegion !== territoryIds.length) {
        throw new AppError("VALIDATION", undefined, { territoryIds: [CONTACT_OUTSIDE_REGION_MESSAGE] });
      }
      const before = account.territoryContacts.map((contact) => contact.territoryId).sort();
      const after = [...territoryIds].sort();
      if (before.join() === after.join()) return;
      await tx.territoryContact.deleteMany({ where: { userId: input.userId, territoryId: { notIn: territoryIds } } });
      await tx.territoryContact.createMany({
        data: territoryIds.map((territoryId) => ({ userId: input.userId, territoryId })),
        skipDuplicates: true,
      });
      await recordContactsEvent(tx, {
        actorId: manager.id,
        userId: input.userId,
        before: { regionCode: account.regionCode, contactTerritoryIds: before },
        after: { regionCode: account.regionCode, contactTerritoryIds: after },
      });
    });
    revalidatePath(`/admin/utilisateurs/${input.userId}`);
    revalidatePath("/territoires", "layout");
    return { userId: input.userId, territoryIds };
  },
});
