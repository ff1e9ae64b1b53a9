import { getPrisma } from "@/lib/db";
import { recordDecision } from "@/lib/meetings/decision-mutations";
import { planMeeting } from "@/lib/meetings/mutations";
import { territoryId, type TestUser } from "./factories";
import { actAs } from "./session";

/** A séance of the territory planned by `organiser` (its late actions are proposed on the agenda). */
export async function planMeetingAs(organiser: TestUser, slug: string, participantIds: string[], day = "2026-11-20") {
  actAs(organiser);
  const planned = await planMeeting({
    territoryId: await territoryId(slug),
    kind: "COMITE_PILOTAGE",
    day,
    time: "09:30",
    place: "Salle du conseil",
    participantIds,
  });
  if (!planned.ok) throw new Error(JSON.stringify(planned));
  return planned.data.meetingId;
}

/** A decision on the séance's point about the action, recorded by the current user at the séance's version. */
export async function recordDecisionOn(
  meetingId: string,
  actionId: string,
  version: number,
  fields: Record<string, unknown>,
): Promise<string> {
  const item = await getPrisma().agendaItem.findFirstOrThrow({ where: { meetingId, actionId } });
  const result = await recordDecision({ meetingId, version, agendaItemId: item.id, kind: "AUTRE", ...fields });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.decisionId;
}
