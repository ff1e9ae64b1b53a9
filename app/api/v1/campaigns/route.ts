import { requireApiUser } from "@/lib/api/auth";
import { toApiCampaignList } from "@/lib/api/campaign-representations";
import { apiRoute, jsonResponse } from "@/lib/api/route";
import { listCampaigns } from "@/lib/campaigns/queries";

/** The follow-up campaigns the caller may read. */
export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  return jsonResponse(toApiCampaignList(await listCampaigns(user)));
});
