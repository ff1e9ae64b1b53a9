import { requireApiUser } from "@/lib/api/auth";
import { toApiMeeting } from "@/lib/api/meeting-representations";
import { apiRoute, errorResponse, jsonResponse, parsePathId } from "@/lib/api/route";
import { getMeetingById } from "@/lib/meetings/queries";

type Context = { params: Promise<{ id: string }> };

/** One séance: its ordre du jour with the decisions taken on each point, and its participants. */
export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await requireApiUser();
  const meeting = await getMeetingById(user, parsePathId((await params).id));
  return meeting ? jsonResponse(toApiMeeting(meeting)) : errorResponse("NOT_FOUND");
});
