"use server";

import { revalidatePath } from "next/cache";
import { createMutation, ownAccountTarget } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAccountEvent } from "@/lib/users/account-audit";
import { createApiTokenInput, MAX_ACTIVE_API_TOKENS, revokeApiTokenInput } from "./schemas";
import { generateApiToken } from "./token";
import { requestUsesApiToken } from "./verify";

// A user's tokens are their own business: the operation is the one every account holds
// ("account.update", no territory), and each handler only ever reads or writes rows of the caller.

export const createApiToken = createMutation({
  schema: createApiTokenInput,
  operation: "account.update",
  target: ownAccountTarget,
  handler: async (input, user) => {
    // A leaked token must not be able to mint successors that outlive its revocation.
    if (await requestUsesApiToken()) {
      throw new AppError("FORBIDDEN", "Un jeton d'API ne permet pas de créer d'autres jetons.");
    }
    const { token, tokenHash, prefix } = generateApiToken();
    const created = await getPrisma().$transaction(async (tx) => {
      const active = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
      if (active >= MAX_ACTIVE_API_TOKENS) {
        const message = `Vous avez déjà ${MAX_ACTIVE_API_TOKENS} jetons actifs : révoquez-en un avant d'en créer un autre.`;
        throw new AppError("VALIDATION", message, { name: [message] });
      }
      const row = await tx.apiToken.create({ data: { userId: user.id, name: input.name, tokenHash, prefix } });
      await recordAccountEvent(tx, {
        actorId: user.id,
        userId: user.id,
        operation: "api-token.create",
        details: { tokenId: row.id, name: row.name, prefix },
      });
      return row;
    });
    revalidatePath("/compte");
    // The only time the token leaves the server: it cannot be recovered from its hash.
    return { tokenId: created.id, name: created.name, prefix, token };
  },
});

export const revokeApiToken = createMutation({
  schema: revokeApiTokenInput,
  operation: "account.update",
  target: ownAccountTarget,
  handler: async (input, user) => {
    await getPrisma().$transaction(async (tx) => {
      // Scoped to the caller: someone else's token id answers "not found", like a missing one.
      const token = await tx.apiToken.findFirst({ where: { id: input.tokenId, userId: user.id } });
      if (!token) throw new AppError("NOT_FOUND", "Ce jeton n'existe pas ou a déjà été supprimé.");
      if (token.revokedAt) return;
      await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
      await recordAccountEvent(tx, {
        actorId: user.id,
        userId: user.id,
        operation: "api-token.revoke",
        details: { tokenId: token.id, name: token.name, prefix: token.prefix },
      });
    });
    revalidatePath("/compte");
    return { tokenId: input.tokenId };
  },
});
