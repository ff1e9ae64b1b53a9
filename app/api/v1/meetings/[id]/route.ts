import { requireApiUser } from "@/lib/api/auth";
import { toApiMeeting } from "@/lib/api/meeting-representations";
import { apiRoute, errorResponse, jsonResponse, parsePathId } from "@/lib/api/route";
import { getMinutes } from "@/lib/meetings/minutes";
import { getMeetingById } from "@/lib/meetings/queries";

type Context = { params: Promise<{ id: string }> };

/** One séance: its ordre du jour with the decisions taken on each point, its participants, its relevé's status. */
export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await requireApiUser();
  const meeting = await getMeetingById(user, parsePathId((await params).id));
  if (!meeting) return errorResponse("NOT_FOUND");
  return jsonResponse(toApiMeeting(meeting, await getMinutes(meeting.id)));
});
