import { describe, expect, it } from "vitest";
import { listLevers, listTerritoriesByRegion } from "./queries";

describe("territory overview", () => {
  it("groups the territories under the region that steers them", async () => {
    const regions = await listTerritoriesByRegion();
    expect(regions.map((region) => region.name)).toEqual(["Normandie"]);
    expect(regions[0]?.territories).toHaveLength(10);
  });

  it("sums the population of current bodies, counting a merged body once", async () => {
    const [normandie] = await listTerritoriesByRegion();
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
    const [normandie] = await listTerritoriesByRegion();
    const huisne = normandie?.territories.find((territory) => territory.slug === "vallee-de-l-huisne");
    expect(huisne?.regions.map((region) => region.name)).toEqual([
      "Normandie",
      "Centre-Val de Loire",
      "Pays de la Loire",
    ]);
  });

  it("lists the levers in the programme's order", async () => {
    expect((await listLevers()).map((lever) => lever.code)).toEqual(["COMPETENCES", "ATTRACTIVITE", "INFRASTRUCTURES"]);
  });
});
