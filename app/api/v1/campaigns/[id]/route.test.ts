import { describe, expect, it } from "vitest";
import { apiCampaign, apiCampaignList } from "@/lib/api/campaign-representations";
import { apiError } from "@/lib/api/representations";
import { openCampaign } from "@/lib/campaigns/mutations";
import { addDays, todayInFrance } from "@/lib/dates";
import { apiRequest, expectJson, routeContext } from "@/tests/api";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { GET as list } from "../route";
import { GET } from "./route";

const read = (id: string) => GET(apiRequest(`/api/v1/campaigns/${id}`), routeContext({ id }));

describe("GET /api/v1/campaigns and /api/v1/campaigns/{id}", () => {
  it("answers the campaigns and each territory's completion, within the caller's scope", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const today = todayInFrance();
    const opened = await openCampaign({
      name: "Bilan semestriel API",
      asOf: today,
      deadline: addDays(today, 10),
      territoryIds: [await territoryId("sud-manche"), await territoryId("pays-de-l-aigle")],
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const { campaignId } = opened.data;

    const campaigns = await expectJson(
      await list(apiRequest("/api/v1/campaigns"), routeContext({})),
      200,
      apiCampaignList,
    );
    expect(campaigns.campaigns.find((campaign) => campaign.id === campaignId)).toMatchObject({
      name: "Bilan semestriel API",
      region: "Normandie",
      reportCount: 2,
      submittedCount: 0,
    });
    const campaign = await expectJson(await read(campaignId), 200, apiCampaign);
    expect(campaign.territories.map((territory) => territory.slug)).toEqual(["pays-de-l-aigle", "sud-manche"]);
    expect(campaign.territories[0]).toMatchObject({
      periodStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      state: expect.any(String),
    });

    const member = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    actAs(member);
    const own = await expectJson(await read(campaignId), 200, apiCampaign);
    expect(own.territories.map((territory) => territory.slug)).toEqual(["sud-manche"]);

    actAs(await createUser({ college: "ELU", territories: [{ slug: "nord-cotentin" }] }));
    await expectJson(await read(campaignId), 404, apiError);
    await expectJson(await read("pas-un-id"), 400, apiError);
  });
});
