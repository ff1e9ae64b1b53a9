import "server-only";
import { isRegionalCollege } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordContactsEvent } from "./account-audit";

/**
 * Replaces the territories an officer is the contact for, in the caller's transaction, and records
 * the change; nothing is written when the set is the same.
 */
export async function replaceContacts(
  tx: Prisma.TransactionClient,
  change: { actorId: string; userId: string; regionCodes: { before: string | null; after: string | null } },
  territoryIds: string[],
): Promise<void> {
  const current = await tx.territoryContact.findMany({
    where: { userId: change.userId },
    select: { territoryId: true },
  });
  const before = current.map((contact) => contact.territoryId).sort();
  const after = [...new Set(territoryIds)].sort();
  if (before.join() === after.join()) return;
  await tx.territoryContact.deleteMany({ where: { userId: change.userId, territoryId: { notIn: after } } });
  await tx.territoryContact.createMany({
    data: after.map((territoryId) => ({ userId: change.userId, territoryId })),
    skipDuplicates: true,
  });
  await recordContactsEvent(tx, {
    actorId: change.actorId,
    userId: change.userId,
    before: { regionCode: change.regionCodes.before, contactTerritoryIds: before },
    after: { regionCode: change.regionCodes.after, contactTerritoryIds: after },
  });
}

/**
 * After an access change, an officer stays the contact only of the territories its new region
 * touches, and of none once it no longer follows a region: séances would invite it by default.
 */
export async function dropContactsOutsideAccess(
  tx: Prisma.TransactionClient,
  change: { actorId: string; userId: string; previousRegionCode: string | null },
): Promise<void> {
  const account = await tx.user.findUniqueOrThrow({
    where: { id: change.userId },
    select: { college: true, regionCode: true },
  });
  const kept =
    isRegionalCollege(account.college) && account.regionCode
      ? await tx.territoryContact.findMany({
          where: { userId: change.userId, territory: { regions: { some: { regionCode: account.regionCode } } } },
          select: { territoryId: true },
        })
      : [];
  await replaceContacts(
    tx,
    {
      actorId: change.actorId,
      userId: change.userId,
      regionCodes: { before: change.previousRegionCode, after: account.regionCode },
    },
    kept.map((contact) => contact.territoryId),
  );
}
