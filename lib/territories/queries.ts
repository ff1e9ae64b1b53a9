import "server-only";
import type { PermissionUser } from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findTerritoryAccess } from "@/lib/actions/territory-access";

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
  id: string;
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

async function populationByTerritory(territoryIds: string[]): Promise<Map<string, number>> {
  // Two 2018 names can point to one current EPCI (CODAH and Caux Estuaire): count it once.
  const rows = await getPrisma().$queryRaw<{ territoryId: string; population: bigint }[]>`
    SELECT members."territoryId", SUM(e.population)::bigint AS population
    FROM (
      SELECT DISTINCT ti."territoryId", i."epciSiren"
      FROM "TerritoryIntercommunality" ti
      JOIN "Intercommunality" i ON i.id = ti."intercommunalityId"
      WHERE ti."territoryId" = ANY(${territoryIds}::uuid[])
    ) members
    JOIN "Epci" e ON e.siren = members."epciSiren"
    GROUP BY members."territoryId"`;
  return new Map(rows.map((row) => [row.territoryId, Number(row.population)]));
}

const territoryInclude = {
  leadRegion: true,
  regions: { include: { region: true } },
  members: {
    orderBy: { position: "asc" },
    include: {
      intercommunality: {
        include: {
          epci: { include: { departments: { include: { department: true }, orderBy: { departmentCode: "asc" } } } },
        },
      },
    },
  },
} satisfies Prisma.TerritoryInclude;

type TerritoryRow = Prisma.TerritoryGetPayload<{ include: typeof territoryInclude }>;

function toOverview(territory: TerritoryRow, population: number): TerritoryOverview {
  const leadFirst = [...territory.regions].sort(
    (a, b) =>
      Number(b.regionCode === territory.leadRegionCode) - Number(a.regionCode === territory.leadRegionCode) ||
      a.region.name.localeCompare(b.region.name, "fr"),
  );
  return {
    id: territory.id,
    slug: territory.slug,
    name: territory.name,
    regions: leadFirst.map(({ region }) => ({ code: region.code, name: region.name })),
    population,
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
  };
}

const byFrenchName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");

/** The territories the user may see, grouped by the region that steers them, in French alphabetical order. */
export async function listTerritoriesByRegion(user: PermissionUser): Promise<RegionGroup[]> {
  const territories = await getPrisma().territory.findMany({ where: territoryScope(user), include: territoryInclude });
  const populations = await populationByTerritory(territories.map((territory) => territory.id));
  const groups = new Map<string, RegionGroup>();
  for (const territory of territories) {
    const group = groups.get(territory.leadRegionCode) ?? {
      code: territory.leadRegion.code,
      name: territory.leadRegion.name,
      territories: [],
    };
    groups.set(territory.leadRegionCode, group);
    group.territories.push(toOverview(territory, populations.get(territory.id) ?? 0));
  }
  return [...groups.values()]
    .sort(byFrenchName)
    .map((group) => ({ ...group, territories: group.territories.sort(byFrenchName) }));
}

/** One territory by its slug, or null when it does not exist or is outside the user's scope. */
export async function findTerritory(user: PermissionUser, slug: string): Promise<TerritoryOverview | null> {
  // The scope check is the per-request cached lookup the page makes anyway; the composition is then
  // one query (six levels of relations: eight queries one after the other through include).
  const access = await findTerritoryAccess(user, slug);
  if (!access) return null;
  const [row] = await getPrisma().$queryRaw<CompositionRow[]>`
    SELECT t."leadRegionCode",
      (SELECT json_agg(json_build_object('code', r.code, 'name', r.name))
         FROM "TerritoryRegion" tr JOIN "Region" r ON r.code = tr."regionCode"
        WHERE tr."territoryId" = t.id) AS regions,
      (SELECT COALESCE(json_agg(json_build_object(
                'historicalName', i."historicalName",
                'epci', json_build_object(
                  'siren', e.siren, 'name', e.name, 'kind', e.kind, 'population', e.population,
                  'departments', (
                    SELECT COALESCE(json_agg(json_build_object('code', d.code, 'name', d.name) ORDER BY d.code), '[]')
                      FROM "EpciDepartment" ed JOIN "Department" d ON d.code = ed."departmentCode"
                     WHERE ed."epciSiren" = e.siren)))
              ORDER BY ti.position), '[]')
         FROM "TerritoryIntercommunality" ti
         JOIN "Intercommunality" i ON i.id = ti."intercommunalityId"
         JOIN "Epci" e ON e.siren = i."epciSiren"
        WHERE ti."territoryId" = t.id) AS intercommunalities,
      -- Two 2018 names can point to one current EPCI (CODAH and Caux Estuaire): count it once.
      (SELECT COALESCE(SUM(e.population), 0)
         FROM (SELECT DISTINCT i."epciSiren" FROM "TerritoryIntercommunality" ti
                 JOIN "Intercommunality" i ON i.id = ti."intercommunalityId"
                WHERE ti."territoryId" = t.id) members
         JOIN "Epci" e ON e.siren = members."epciSiren")::bigint AS population
    FROM "Territory" t WHERE t.id = ${access.id}::uuid`;
  if (!row) return null;
  const regions = (row.regions ?? []).sort(
    (a, b) =>
      Number(b.code === row.leadRegionCode) - Number(a.code === row.leadRegionCode) ||
      a.name.localeCompare(b.name, "fr"),
  );
  return {
    id: access.id,
    slug: access.slug,
    name: access.name,
    regions,
    population: Number(row.population),
    intercommunalities: row.intercommunalities,
  };
}

type CompositionRow = {
  leadRegionCode: string;
  population: bigint;
  regions: { code: string; name: string }[] | null;
  intercommunalities: IntercommunalityOverview[];
};

/** The territories a user may see, for choosers and forms. */
export async function listTerritoryChoices(
  user: PermissionUser,
): Promise<{ id: string; slug: string; name: string }[]> {
  const territories = await getPrisma().territory.findMany({
    where: territoryScope(user),
    select: { id: true, slug: true, name: true },
  });
  return territories.sort(byFrenchName);
}

export type CommitteeMember = { name: string; organisation: string; college: string; isBinome: boolean };

/** The pilot committee of a territory the caller already found in scope (through findTerritory). */
export async function listCommittee(territoryId: string): Promise<CommitteeMember[]> {
  const memberships = await getPrisma().membership.findMany({
    where: { territoryId, user: { disabledAt: null } },
    include: { user: { select: { name: true, organisation: true, college: true } } },
  });
  return memberships
    .map(({ user, isBinome }) => ({ ...user, isBinome }))
    .sort((a, b) => Number(b.isBinome) - Number(a.isBinome) || a.name.localeCompare(b.name, "fr"));
}
