import { requireApiUser } from "@/lib/api/auth";
import { toApiMeetingList } from "@/lib/api/meeting-representations";
import { apiRoute, errorResponse, jsonResponse } from "@/lib/api/route";
import { countOpenDecisionsByMeeting } from "@/lib/meetings/decision-log";
import { listMeetings } from "@/lib/meetings/queries";

type Context = { params: Promise<{ slug: string }> };

/** A territory's séances, oldest first, with their open and overdue decisions. */
export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await requireApiUser();
  const meetings = await listMeetings(user, (await params).slug);
  if (!meetings) return errorResponse("NOT_FOUND");
  const counts = await countOpenDecisionsByMeeting(meetings.territory.id);
  return jsonResponse(toApiMeetingList([...meetings.past].reverse().concat(meetings.upcoming), counts));
});
