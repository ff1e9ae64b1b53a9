import "server-only";
import { managedUserScope } from "@/lib/auth/scope";
import type { PermissionTarget, PermissionUser } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";
import type { UserAccessInput } from "./schemas";

/**
 * The scope of an access (college, region, territories) as a permission target, read from the
 * database. With several territories, only the regions they all touch count: a State user of
 * Hauts-de-France may give Vallée de la Bresle, not Vallée de la Bresle and Axe Seine together.
 * Null when a territory does not exist.
 */
export async function accessTarget(access: UserAccessInput): Promise<PermissionTarget | null> {
  if (access.regionCode) {
    const region = await getPrisma().region.findUnique({ where: { code: access.regionCode } });
    return region ? { regionCodes: [region.code] } : null;
  }
  if (access.territoryIds.length === 0) return { regionCodes: [] };
  const territories = await getPrisma().territory.findMany({
    where: { id: { in: access.territoryIds } },
    select: { id: true, regions: { select: { regionCode: true } } },
  });
  if (territories.length !== new Set(access.territoryIds).size) return null;
  const regionSets = territories.map((territory) => territory.regions.map((region) => region.regionCode));
  const common = regionSets.reduce((shared, codes) => shared.filter((code) => codes.includes(code)));
  return { regionCodes: common, ...(territories.length === 1 ? { territoryId: territories[0]!.id } : {}) };
}

/** An existing account as a permission target; null when it is outside what the manager may see. */
export async function managedAccountTarget(manager: PermissionUser, userId: string): Promise<PermissionTarget | null> {
  const account = await getPrisma().user.findFirst({
    where: { id: userId, ...managedUserScope(manager) },
    select: {
      regionCode: true,
      memberships: { select: { territory: { select: { regions: { select: { regionCode: true } } } } } },
    },
  });
  if (!account) return null;
  const codes = new Set<string>(account.regionCode ? [account.regionCode] : []);
  for (const membership of account.memberships) {
    for (const region of membership.territory.regions) codes.add(region.regionCode);
  }
  return { regionCodes: [...codes] };
}
