import { beforeAll, describe, expect, it } from "vitest";
import type { PermissionUser } from "@/lib/auth/permissions";
import { createUser } from "@/tests/factories";
import { findTerritory, listLevers, listTerritoriesByRegion } from "./queries";

const asPermissionUser = async (options: Parameters<typeof createUser>[0]): Promise<PermissionUser> => {
  const user = await createUser(options);
  return {
    id: user.id,
    college: user.college,
    regionCode: options?.regionCode ?? null,
    memberships: [],
  };
};

describe("territory overview", () => {
  let admin: PermissionUser;
  beforeAll(async () => {
    admin = await asPermissionUser({ college: "ADMIN" });
  });

  it("groups the territories under the region that steers them", async () => {
    const regions = await listTerritoriesByRegion(admin);
    expect(regions.map((region) => region.name)).toEqual(["Normandie"]);
    expect(regions[0]?.territories).toHaveLength(10);
  });

  it("sums the population of current bodies, counting a merged body once", async () => {
    const [normandie] = await listTerritoriesByRegion(admin);
    const axeSeine = normandie?.territories.find((territory) => territory.slug === "axe-seine");
    // Le Havre Seine Métropole (CODAH + Caux Estuaire) 266 929, Caux Seine Agglo 77 968,
    // Métropole Rouen Normandie 500 703, Seine-Eure (CASE + Eure-Madrie-Seine) 102 892,
    // Seine Normandie Agglomération 82 981, Evreux Portes de Normandie 112 285, Lyons Andelle 20 594.
    expect(axeSeine?.population).toBe(1_164_352);
    expect(axeSeine?.intercommunalities.map((i) => i.historicalName)).toEqual([
      "CODAH",
      "Caux Estuaire",
      "Caux Vallée de Seine",
      "Métropole de Rouen",
      "CASE",
      "Seine Normandie Agglo",
      "Eure-Madrie-Seine",
      "Evreux - Portes de Normandie",
      "Lyons Andelle",
    ]);
    expect(axeSeine?.regions.map((region) => region.name)).toEqual(["Normandie"]);
  });

  it("lists the lead region first for a territory crossing borders", async () => {
    const huisne = await findTerritory(admin, "vallee-de-l-huisne");
    expect(huisne?.regions.map((region) => region.name)).toEqual([
      "Normandie",
      "Centre-Val de Loire",
      "Pays de la Loire",
    ]);
  });

  it("describes one territory exactly as the list does (composition in one query, same figures and order)", async () => {
    const [normandie] = await listTerritoriesByRegion(admin);
    for (const listed of normandie!.territories) {
      expect(await findTerritory(admin, listed.slug)).toEqual(listed);
    }
  });

  it("lists the levers in the programme's order", async () => {
    expect((await listLevers()).map((lever) => lever.code)).toEqual(["COMPETENCES", "ATTRACTIVITE", "INFRASTRUCTURES"]);
  });
});

describe("territory scope", () => {
  it("shows a Région user every territory touching the region, and only those", async () => {
    const hautsDeFrance = await asPermissionUser({ college: "REGION", regionCode: "32" });
    const regions = await listTerritoriesByRegion(hautsDeFrance);
    expect(regions.flatMap((region) => region.territories.map((t) => t.slug))).toEqual(["vallee-de-la-bresle"]);
    expect(await findTerritory(hautsDeFrance, "axe-seine")).toBeNull();
  });

  it("shows an élu only the territories whose committee they sit on", async () => {
    const created = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    const elu: PermissionUser = { id: created.id, college: "ELU", regionCode: null, memberships: [] };
    const regions = await listTerritoriesByRegion(elu);
    expect(regions.flatMap((region) => region.territories.map((t) => t.slug))).toEqual(["sud-manche"]);
    expect(await findTerritory(elu, "axe-seine")).toBeNull();
    expect((await findTerritory(elu, "sud-manche"))?.name).toBe("Sud Manche");
  });
});
