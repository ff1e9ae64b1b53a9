import "server-only";
import { cache } from "react";
import type { PermissionUser, TerritoryTarget } from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import { isSlug } from "@/lib/validation/fields";

export type TerritoryAccess = {
  id: string;
  slug: string;
  name: string;
  /** What `can()` checks the territory's rights against: its id and every region it spans. */
  target: TerritoryTarget;
};

/**
 * A territory the user may read, with its permission target, for pages that decide which buttons
 * to show; null when it does not exist or is out of scope (the page answers "not found"). Computed
 * once per request: metadata, page and dashboard share it.
 */
export const findTerritoryAccess = cache(async function findTerritoryAccess(
  user: PermissionUser,
  slug: string,
): Promise<TerritoryAccess | null> {
  if (!isSlug(slug)) return null;
  const territory = await getPrisma().territory.findFirst({
    where: { slug, ...territoryScope(user) },
    select: { id: true, slug: true, name: true, regions: { select: { regionCode: true } } },
  });
  if (!territory) return null;
  return {
    id: territory.id,
    slug: territory.slug,
    name: territory.name,
    target: { territoryId: territory.id, regionCodes: territory.regions.map((region) => region.regionCode) },
  };
});

/** A territory as a permission target: its id and every region it spans, read from the database. */
export async function territoryTarget(territoryId: string): Promise<TerritoryTarget | null> {
  const territory = await getPrisma().territory.findUnique({
    where: { id: territoryId },
    select: { id: true, regions: { select: { regionCode: true } } },
  });
  return territory ? { territoryId: territory.id, regionCodes: territory.regions.map((r) => r.regionCode) } : null;
}
