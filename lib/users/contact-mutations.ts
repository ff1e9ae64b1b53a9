"use server";

import { revalidatePath } from "next/cache";
import { isRegionalCollege } from "@/lib/auth/permissions";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CONTACT_OUTSIDE_REGION_MESSAGE, setTerritoryContactsInput } from "./schemas";
import { managedAccountTarget } from "./scope-targets";
import { replaceContacts } from "./territory-contacts";

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
        select: { college: true, regionCode: true },
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
      await replaceContacts(
        tx,
        {
          actorId: manager.id,
          userId: input.userId,
          regionCodes: { before: account.regionCode, after: account.regionCode },
        },
        territoryIds,
      );
    });
    revalidatePath(`/admin/utilisateurs/${input.userId}`);
    revalidatePath("/territoires", "layout");
    return { userId: input.userId, territoryIds };
  },
});
