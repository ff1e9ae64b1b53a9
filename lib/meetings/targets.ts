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

export type DecisionTarget = TerritoryTarget & {
  meetingId: string;
  responsibleId: string | null;
  actionId: string | null;
};

/** A decision is checked against its séance's stored territory, with its responsible person. */
export async function decisionTarget(decisionId: string): Promise<DecisionTarget | null> {
  const decision = await getPrisma().decision.findUnique({
    where: { id: decisionId },
    select: {
      meetingId: true,
      responsibleId: true,
      actionId: true,
      meeting: {
        select: { territoryId: true, territory: { select: { regions: { select: { regionCode: true } } } } },
      },
    },
  });
  if (!decision) return null;
  return {
    territoryId: decision.meeting.territoryId,
    regionCodes: decision.meeting.territory.regions.map((r) => r.regionCode),
    meetingId: decision.meetingId,
    responsibleId: decision.responsibleId,
    actionId: decision.actionId,
  };
}
