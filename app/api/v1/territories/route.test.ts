import { describe, expect, it } from "vitest";
import { apiError, apiTerritoryList } from "@/lib/api/representations";
import { createUser } from "@/tests/factories";
import { apiRequest, expectJson } from "@/tests/api";
import { actAs } from "@/tests/session";
import { GET } from "./route";

const list = () => GET(apiRequest("/api/v1/territories"), undefined);

describe("GET /api/v1/territories", () => {
  it("answers 401 with a French message and a Bearer challenge without a session or token", async () => {
    actAs(null);
    const response = await list();
    const body = await expectJson(response, 401, apiError);
    expect(body.error.code).toBe("UNAUTHENTICATED");
    expect(body.error.message).toMatch(/jeton d'API/);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
  });

  it("answers 401 for a disabled account", async () => {
    actAs(await createUser({ college: "ADMIN", disabled: true }));
    await expectJson(await list(), 401, apiError);
  });

  it("lists only the territories in the caller's scope, with their regions", async () => {
    actAs(await createUser({ territories: [{ slug: "axe-seine", isBinome: true }] }));
    const member = await expectJson(await list(), 200, apiTerritoryList);
    expect(member.items).toEqual([
      { id: expect.any(String), slug: "axe-seine", name: "Axe Seine", regions: [{ code: "28", name: "Normandie" }] },
    ]);

    actAs(await createUser({ college: "REGION", regionCode: "32" }));
    const hautsDeFrance = await expectJson(await list(), 200, apiTerritoryList);
    expect(hautsDeFrance.items.map((territory) => territory.slug)).toEqual(["vallee-de-la-bresle"]);
    expect(hautsDeFrance.items[0]!.regions.map((region) => region.code)).toEqual(["28", "32"]);

    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    const normandie = await expectJson(await list(), 200, apiTerritoryList);
    expect(normandie.items).toHaveLength(10);
  });
});
