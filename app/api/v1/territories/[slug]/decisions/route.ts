import { requireApiUser } from "@/lib/api/auth";
import { toApiDecisionLog } from "@/lib/api/meeting-representations";
import { apiRoute, errorResponse, jsonResponse, readSearchParams } from "@/lib/api/route";
import { listDecisionLog } from "@/lib/meetings/decision-log";
import { decisionLogFilters } from "@/lib/meetings/decision-log-filters";

type Context = { params: Promise<{ slug: string }> };

/** The relevé de décisions of a territory, with the log page's filters and their leniency. */
export const GET = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  const filters = decisionLogFilters.parse(readSearchParams(request));
  const log = await listDecisionLog(user, (await params).slug, filters);
  return log ? jsonResponse(toApiDecisionLog(log)) : errorResponse("NOT_FOUND");
});
