import { z } from "zod";

/** A user keeps a handful of integrations; a cap keeps a forgotten script from piling up tokens. */
export const MAX_ACTIVE_API_TOKENS = 20;

export const createApiTokenInput = z.object({
  name: z
    .string({ message: "Nommez le jeton, par exemple « Tableur de suivi »." })
    .trim()
    .min(2, { message: "Nommez le jeton, par exemple « Tableur de suivi »." })
    .max(100, { message: "Le nom ne peut pas dépasser 100 caractères." }),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenInput>;

export const revokeApiTokenInput = z.object({ tokenId: z.uuid({ message: "Identifiant invalide." }) });
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenInput>;
