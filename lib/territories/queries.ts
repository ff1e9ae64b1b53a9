import "server-only";
import { getPrisma } from "@/lib/db";

export type LeverSummary = { code: string; label: string; description: string; subThemes: string[] };

export type IntercommunalityOverview = {
  historicalName: string;
  epci: {
    siren: string;
    name: string;
    kind: string;
    population: number;
    departments: { code: string; name: string }[];
  };
};

export type TerritoryOverview = {
  slug: string;
  name: string;
  regions: { code: string; name: string }[];
  /** Population of the current EPCIs the territory's intercommunalities belong to, each counted once. */
  population: number;
  intercommunalities: IntercommunalityOverview[];
};

export type RegionGroup = { code: string; name: string; territories: TerritoryOverview[] };

export async function listLevers(): Promise<LeverSummary[]> {
  const levers = await getPrisma().lever.findMany({
    orderBy: { position: "asc" },
    include: { subThemes: { orderBy: { position: "asc" } } },
  });
  return levers.map((lever) => ({
    code: lever.code,
    label: lever.label,
    description: lever.description,
    subThemes: lever.subThemes.map((subTheme) => subTheme.label),
  }));
}

async function populationByTerritory(): Promise<Map<string, number>> {
  // Two 2018 names can point to one current EPCI (CODAH and Caux Estuaire): count it once.
  const rows = await getPrisma().$queryRaw<{ territoryId: string; population: bigint }[]>`
    SELECT members."territoryId", SUM(e.population)::bigint AS population
    FROM (
      SELECT DISTINCT ti."territoryId", i."epciSiren"
      FROM "TerritoryIntercommunality" ti
      JOIN "Intercommunality" i ON i.id = ti."intercommunalityId"
    ) members
    JOIN "Epci" e ON e.siren = members."epciSiren"
    GROUP BY members."territoryId"`;
  return new Map(rows.map((row) => [row.territoryId, Number(row.population)]));
}

/** The programme's territories grouped by the region that steers them, in French alphabetical order. */
export async function listTerritoriesByRegion(): Promise<RegionGroup[]> {
  const [territories, populations] = await Promise.all([
    getPrisma().territory.findMany({
      include: {
        leadRegion: true,
        regions: { include: { region: true } },
        members: {
          orderBy: { position: "asc" },
          include: {
            intercommunality: {
              include: {
                epci: {
                  include: { departments: { include: { department: true }, orderBy: { departmentCode: "asc" } } },
                },
              },
            },
          },
        },
      },
    }),
    populationByTerritory(),
  ]);

  const groups = new Map<string, RegionGroup>();
  for (const territory of territories) {
    const group = groups.get(territory.leadRegionCode) ?? {
      code: territory.leadRegion.code,
      name: territory.leadRegion.name,
      territories: [],
    };
    groups.set(territory.leadRegionCode, group);
    const leadFirst = [...territory.regions].sort(
      (a, b) =>
        Number(b.regionCode === territory.leadRegionCode) - Number(a.regionCode === territory.leadRegionCode) ||
        a.region.name.localeCompare(b.region.name, "fr"),
    );
    group.territories.push({
      slug: territory.slug,
      name: territory.name,
      regions: leadFirst.map(({ region }) => ({ code: region.code, name: region.name })),
      population: populations.get(territory.id) ?? 0,
      intercommunalities: territory.members.map(({ intercommunality: { historicalName, epci } }) => ({
        historicalName,
        epci: {
          siren: epci.siren,
          name: epci.name,
          kind: epci.kind,
          population: epci.population,
          departments: epci.departments.map(({ department }) => ({ code: department.code, name: department.name })),
        },
      })),
    });
  }
  const byFrenchName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");
  return [...groups.values()]
    .sort(byFrenchName)
    .map((group) => ({ ...group, territories: group.territories.sort(byFrenchName) }));
}
