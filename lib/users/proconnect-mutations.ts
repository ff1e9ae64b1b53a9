"use server";

import { createMutation, ownAccountTarget } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";
import { recordAccountEvent } from "./account-audit";

const NOT_LINKED_MESSAGE = "Votre compte n'est lié à aucune identité ProConnect : rechargez la page.";

/**
 * Removes the ProConnect link of one's own account (journaled). The next ProConnect sign-in links
 * the identity it brings again, by e-mail: the way to move to a new identity provider.
 */
export const unlinkOwnProConnect = createMutation({
  schema: z.object({}),
  operation: "account.update",
  target: ownAccountTarget,
  handler: async (_input, user) => {
    await getPrisma().$transaction(async (tx) => {
      const removed = await tx.proConnectIdentity.deleteMany({ where: { userId: user.id } });
      if (removed.count !== 1) throw new AppError("NOT_FOUND", NOT_LINKED_MESSAGE);
      await recordAccountEvent(tx, { actorId: user.id, userId: user.id, operation: "account.proconnect-unlink" });
    });
    return { userId: user.id };
  },
});
