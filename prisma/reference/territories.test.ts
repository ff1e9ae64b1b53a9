import { describe, expect, it } from "vitest";
import { parseFoundingCommunique } from "./communique";
import { loadDepartments, loadEpcis } from "./official-data";
import { foundingCommunique, levers, territories, type TerritoryReference } from "./territories";

const communique = parseFoundingCommunique();
const allSirens = territories.flatMap((t) => t.intercommunalities.map((i) => i.epciSiren));
const epciBySiren = new Map(loadEpcis(allSirens).map((epci) => [epci.siren, epci]));

const territoryList: readonly TerritoryReference[] = territories;

function sirenOf(historicalName: string): string | undefined {
  return territoryList.flatMap((t) => t.intercommunalities).find((i) => i.historicalName === historicalName)?.epciSiren;
}

describe("founding communiqué", () => {
  it("has the expected metadata", () => {
    expect(foundingCommunique).toEqual({
      date: "2018-11-22",
      place: "Rouen",
      title: 'Dix "Territoires d\'Industrie" en Normandie',
    });
  });

  it("lists 10 territories and 29 intercommunalities", () => {
    expect(communique).toHaveLength(10);
    expect(communique.flatMap((t) => t.intercommunalities)).toHaveLength(29);
  });
});

describe("territories", () => {
  it("match the communiqué name by name and in order", () => {
    expect(
      territories.map((t) => ({ name: t.name, intercommunalities: t.intercommunalities.map((i) => i.historicalName) })),
    ).toEqual(communique);
  });

  it("have unique, ascii kebab-case slugs", () => {
    const slugs = territories.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("give every historical name once", () => {
    const names = territories.flatMap((t) => t.intercommunalities.map((i) => i.historicalName));
    expect(new Set(names).size).toBe(names.length);
  });

  it("point to SIRENs that exist in the official data", () => {
    for (const siren of allSirens) {
      expect(siren).toMatch(/^\d{9}$/);
      expect(epciBySiren.has(siren), siren).toBe(true);
    }
    expect(() => loadEpcis(["000000000"])).toThrow(/000000000/);
  });

  it("span the regions of the departments of their EPCIs, Normandie (lead) first", () => {
    for (const territory of territories) {
      const departmentCodes = territory.intercommunalities.flatMap(
        (i) => epciBySiren.get(i.epciSiren)?.departmentCodes ?? [],
      );
      const regionCodes = new Set(loadDepartments(departmentCodes).map((d) => d.regionCode));
      expect(new Set(territory.regionCodes), territory.name).toEqual(regionCodes);
      expect(territory.regionCodes).toHaveLength(regionCodes.size);
      expect(territory.leadRegionCode).toBe("28");
      expect(territory.regionCodes[0]).toBe("28");
    }
  });

  it("cross the borders of Normandie where the communiqué says so", () => {
    const regionsOf = (slug: string) => [...(territories.find((t) => t.slug === slug)?.regionCodes ?? [])].sort();
    expect(regionsOf("vallee-de-la-bresle")).toEqual(["28", "32"]);
    expect(regionsOf("vallee-de-l-huisne")).toEqual(["24", "28", "52"]);
    for (const territory of territories) {
      if (territory.slug !== "vallee-de-la-bresle" && territory.slug !== "vallee-de-l-huisne") {
        expect(territory.regionCodes, territory.name).toEqual(["28"]);
      }
    }
  });

  it("map CODAH and Caux Estuaire to one current EPCI, Le Havre Seine Métropole", () => {
    const siren = sirenOf("CODAH");
    expect(siren).toBeDefined();
    expect(sirenOf("Caux Estuaire")).toBe(siren);
    expect(epciBySiren.get(siren ?? "")?.name).toBe("CU Le Havre Seine Métropole");
  });

  it("map the CASE and Eure-Madrie-Seine to the current CA Seine-Eure", () => {
    expect(sirenOf("CASE")).toBe(sirenOf("Eure-Madrie-Seine"));
    expect(epciBySiren.get(sirenOf("CASE") ?? "")?.name).toBe("CA Seine-Eure");
  });
});

describe("official data", () => {
  it("derives the departments of interregional EPCIs from their member communes", () => {
    const [villesSoeurs] = loadEpcis([sirenOf("CC des Villes Sœurs") ?? ""]);
    expect(villesSoeurs?.departmentCodes).toEqual(["76", "80"]);
    expect(villesSoeurs?.kind).toBe("CC");
    expect(villesSoeurs?.population).toBeGreaterThan(0);
  });

  it("loads each EPCI once, in the given order", () => {
    const sirens = loadEpcis(allSirens).map((epci) => epci.siren);
    expect(sirens).toEqual([...new Set(allSirens)]);
  });
});

describe("levers", () => {
  it("cover the communiqué's levers with their sub-themes", () => {
    expect(levers.map((l) => [l.code, l.label, l.subThemes.map((s) => s.code)])).toEqual([
      ["COMPETENCES", "Compétences", ["ATTRACTIVITE_METIERS", "ACCES_COMPETENCES"]],
      ["ATTRACTIVITE", "Attractivité", ["ATTRACTIVITE_TERRITOIRE"]],
      ["INFRASTRUCTURES", "Infrastructures", ["ACCES_INFRASTRUCTURES_RESEAUX"]],
    ]);
    for (const lever of levers) expect(lever.description).toMatch(/^[A-ZÀ-Ý].+\.$/);
  });
});
