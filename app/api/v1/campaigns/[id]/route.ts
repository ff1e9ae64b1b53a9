import { requireApiUser } from "@/lib/api/auth";
import { toApiCampaign } from "@/lib/api/campaign-representations";
import { apiRoute, errorResponse, jsonResponse, parsePathId } from "@/lib/api/route";
import { getCampaign } from "@/lib/campaigns/queries";

type Context = { params: Promise<{ id: string }> };

/** One campaign with the completion of each territory the caller reads. */
export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await requireApiUser();
  const campaign = await getCampaign(user, parsePathId((await params).id));
  return campaign ? jsonResponse(toApiCampaign(campaign)) : errorResponse("NOT_FOUND");
});
