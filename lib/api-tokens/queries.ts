import "server-only";
import { getPrisma } from "@/lib/db";

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

/** The user's usable tokens, newest first; revoked ones stay in the database for the record. */
export async function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  return getPrisma().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}
