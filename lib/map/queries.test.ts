import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { getIntercommunalitiesMap, getTerritoriesMap } from "./queries";

describe("the maps' drawings", () => {
  it("draw the ten territories of Normandy from the seeded outlines, Vallée de la Bresle whole", async () => {
    const territories = await getPrisma().territory.findMany({
      where: { regions: { some: { regionCode: "28" } } },
      select: { id: true, slug: true },
    });
    expect(territories).toHaveLength(10);
    const drawing = await getTerritoriesMap(territories.map((territory) => territory.id));
    expect(drawing.shapes.map((shape) => shape.key).sort()).toEqual(territories.map((t) => t.slug).sort());
    expect(drawing.withoutOutline).toEqual([]);
    // The departments of their intercommunalités, the Somme, Eure-et-Loir and the Sarthe included.
    expect(drawing.background.map((department) => department.key)).toEqual([
      "14",
      "27",
      "28",
      "50",
      "61",
      "72",
      "76",
      "80",
    ]);
    const bresle = drawing.shapes.find((shape) => shape.key === "vallee-de-la-bresle")!;
    // One closed outline: the borders between its intercommunalités are gone.
    expect(bresle.d.match(/M/g)).toHaveLength(1);
  });

  it("number a territory's intercommunalités with their population", async () => {
    const drawing = await getIntercommunalitiesMap("vallee-de-la-bresle");
    expect(drawing!.shapes).toHaveLength(3);
    expect(drawing!.intercommunalities.map((epci) => epci.name)).toEqual([
      "CC Interrégionale Aumale - Blangy-sur-Bresle",
      "CC des Villes Soeurs",
      "CC du Vimeu",
    ]);
    expect(drawing!.intercommunalities.every((epci) => epci.population > 10_000)).toBe(true);
    expect(await getIntercommunalitiesMap("nulle-part")).toBeNull();
  });
});
