import { requireApiUser } from "@/lib/api/auth";
import { toApiTerritory } from "@/lib/api/representations";
import { apiRoute, jsonResponse } from "@/lib/api/route";
import { listTerritoriesByRegion } from "@/lib/territories/queries";

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  const groups = await listTerritoriesByRegion(user);
  return jsonResponse({ items: groups.flatMap((group) => group.territories.map(toApiTerritory)) });
});
