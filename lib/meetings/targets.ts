import "server-only";
import type { TerritoryTarget } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";

/** A séance is checked against the territory stored on it, never one named in the request. */
export async function meetingTarget(meetingId: string): Promise<TerritoryTarget | null> {
  const meeting = await getPrisma().meeting.findUnique({
    where: { id: meetingId },
    select: { territoryId: true, territory: { select: { regions: { select: { regionCode: true } } } } },
  });
  if (!meeting) return null;
  return { territoryId: meeting.territoryId, regionCodes: meeting.territory.regions.map((r) => r.regionCode) };
}
