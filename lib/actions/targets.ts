import "server-only";
import type { TerritoryTarget } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";

/** An action is checked against the territory stored on it, never one named in the request. */
export async function actionTarget(actionId: string): Promise<TerritoryTarget | null> {
  const action = await getPrisma().action.findUnique({
    where: { id: actionId },
    select: { territoryId: true, territory: { select: { regions: { select: { regionCode: true } } } } },
  });
  if (!action) return null;
  return { territoryId: action.territoryId, regionCodes: action.territory.regions.map((r) => r.regionCode) };
}
