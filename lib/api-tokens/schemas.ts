import { text, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

/** A user keeps a handful of integrations; a cap keeps a forgotten script from piling up tokens. */
export const MAX_ACTIVE_API_TOKENS = 20;

export const createApiTokenInput = z.object({
  name: text({
    min: 2,
    max: 100,
    requiredMessage: "Nommez le jeton, par exemple « Tableur de suivi ».",
    tooShortMessage: "Nommez le jeton, par exemple « Tableur de suivi ».",
    tooLongMessage: "Le nom ne peut pas dépasser 100 caractères.",
  }),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenInput>;

export const revokeApiTokenInput = z.object({ tokenId: uuid });
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenInput>;
