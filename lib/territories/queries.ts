import "server-only";
import { regionalColleges, type PermissionUser } from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { cachedFigures, territoryDataVersions } from "@/lib/dashboard/figure-cache";
import { getPrisma } from "@/lib/db";
import { findTerritoryAccess } from "./access";

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

type CompositionRow = {
  id: string;
  slug: string;
  name: string;
  leadRegionCode: string;
  population: bigint;
  regions: { code: string; name: string }[] | null;
  intercommunalities: IntercommunalityOverview[];
};

/**
 * The composition of the given territories in one query (regions, intercommunalités in the
 * communiqué's order, their current EPCIs with departments, population), whatever their number:
 * through Prisma includes it took eight queries chained one after the other.
 */
async function loadOverviews(
  territoryIds: string[],
): Promise<{ leadRegionCode: string; overview: TerritoryOverview }[]> {
  if (territoryIds.length === 0) return [];
  const rows = await getPrisma().$queryRaw<CompositionRow[]>`
    SELECT t.id, t.slug, t.name, t."leadRegionCode",
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
    FROM "Territory" t WHERE t.id = ANY(${territoryIds}::uuid[])`;
  return rows.map((row) => ({
    leadRegionCode: row.leadRegionCode,
    overview: {
      id: row.id,
      slug: row.slug,
      name: row.name,
      // The lead region first, then the others in French alphabetical order.
      regions: (row.regions ?? []).sort(
        (a, b) =>
          Number(b.code === row.leadRegionCode) - Number(a.code === row.leadRegionCode) ||
          a.name.localeCompare(b.name, "fr"),
      ),
      population: Number(row.population),
      intercommunalities: row.intercommunalities,
    },
  }));
}

const byFrenchName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");

/** The territories the user may see, grouped by the region that steers them, in French alphabetical order. */
export async function listTerritoriesByRegion(user: PermissionUser): Promise<RegionGroup[]> {
  const inScope = await getPrisma().territory.findMany({ where: territoryScope(user), select: { id: true } });
  const groups = new Map<string, RegionGroup>();
  for (const { leadRegionCode, overview } of await loadOverviews(inScope.map(({ id }) => id))) {
    const lead = overview.regions[0]!;
    const group = groups.get(leadRegionCode) ?? { code: lead.code, name: lead.name, territories: [] };
    groups.set(leadRegionCode, group);
    group.territories.push(overview);
  }
  return [...groups.values()]
    .sort(byFrenchName)
    .map((group) => ({ ...group, territories: group.territories.sort(byFrenchName) }));
}

/** One territory by its slug, or null when it does not exist or is outside the user's scope. */
export async function findTerritory(user: PermissionUser, slug: string): Promise<TerritoryOverview | null> {
  return (await getTerritoryPage(user, slug))?.overview ?? null;
}

export type TerritoryPage = {
  overview: TerritoryOverview;
  committee: CommitteeMember[];
  contacts: TerritoryContactView[];
  levers: LeverSummary[];
};

/**
 * What a territory's page shows besides its figures — composition, committee, contacts, and the
 * levers its filters offer — for a user who may see it, or null. The same for every reader:
 * cached like the figures, by the territory's data version (triggers bump it when any of these
 * change, see prisma/migrations/20261128040000_data_versions_territory_page).
 */
export async function getTerritoryPage(user: PermissionUser, slug: string): Promise<TerritoryPage | null> {
  const [access, versions] = await Promise.all([findTerritoryAccess(user, slug), territoryDataVersions(slug)]);
  if (!access) return null;
  return cachedFigures({ kind: "territory-page", versions, parts: [access.id] }, async () => {
    const [[found], committee, contacts, levers] = await Promise.all([
      loadOverviews([access.id]),
      listCommittee(access.id),
      listTerritoryContacts(access.id),
      listLevers(),
    ]);
    return { value: { overview: found!.overview, committee, contacts, levers } };
  });
}

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

/** The pilot committee of a territory the caller already found in scope (through findTerritoryAccess). */
export async function listCommittee(territoryId: string): Promise<CommitteeMember[]> {
  const memberships = await getPrisma().membership.findMany({
    where: { territoryId, user: { disabledAt: null } },
    include: { user: { select: { name: true, organisation: true, college: true } } },
  });
  return memberships
    .map(({ user, isBinome }) => ({ ...user, isBinome }))
    .sort((a, b) => Number(b.isBinome) - Number(a.isBinome) || a.name.localeCompare(b.name, "fr"));
}

export type TerritoryContactView = { name: string; organisation: string; college: string };

/**
 * The Région and État officers marked as contacts of a territory the caller already found in scope.
 * An officer since moved to a region the territory does not touch is no longer its contact.
 */
export async function listTerritoryContacts(territoryId: string): Promise<TerritoryContactView[]> {
  const contacts = await getPrisma().territoryContact.findMany({
    where: {
      territoryId,
      user: {
        disabledAt: null,
        college: { in: [...regionalColleges] },
        region: { territories: { some: { territoryId } } },
      },
    },
    select: { user: { select: { name: true, organisation: true, college: true } } },
  });
  return contacts
    .map(({ user }) => user)
    .sort((a, b) => b.college.localeCompare(a.college) || a.name.localeCompare(b.name, "fr"));
}
