import "server-only";
import { getPrisma } from "@/lib/db";
import { cachedFigures, digest, referenceDataVersion } from "@/lib/dashboard/figure-cache";
import { drawMap, type DrawnMap, type MapShapeSource, type Outline } from "./draw";

// The maps' drawings depend on the reference data alone (outlines, composition): they are drawn
// once per version of it and set of territories, and reused by every request and user. Callers
// pass territories they have already scoped (the comparison's rows, the territory's page): these
// functions read geometry, never figures or people.

export type TerritoryMapDrawing = DrawnMap & {
  territories: { id: string; slug: string; name: string }[];
};

export type IntercommunalityMapDrawing = DrawnMap & {
  intercommunalities: { siren: string; name: string; population: number }[];
};

/** The territories, each the union of its intercommunalités, over their departments. */
export async function getTerritoriesMap(territoryIds: string[]): Promise<TerritoryMapDrawing> {
  const versions = await referenceDataVersion();
  return cachedFigures({ kind: "map-territories", versions, parts: [digest([...territoryIds].sort())] }, async () => {
    const territories = await getPrisma().territory.findMany({
      where: { id: { in: territoryIds } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        members: { select: { intercommunality: { select: { epci: { select: { siren: true, outline: true } } } } } },
      },
    });
    const epcis = territories.flatMap((territory) => territory.members.map((member) => member.intercommunality.epci));
    const shapes: MapShapeSource[] = territories.map((territory) => ({
      key: territory.slug,
      // Two names of the communiqué may now be one intercommunalité: its outline counts once.
      outlines: outlinesOf([
        ...new Map(territory.members.map(({ intercommunality: { epci } }) => [epci.siren, epci.outline])).values(),
      ]),
    }));
    const drawing = drawMap(shapes, await departmentsOf(epcis.map((epci) => epci.siren)));
    return { value: { ...drawing, territories: territories.map(({ id, slug, name }) => ({ id, slug, name })) } };
  });
}

/**
 * One territory's intercommunalités, each drawn apart, over their departments; null for an unknown
 * slug. Geometry only: the caller shows it once its own scope check has passed.
 */
export async function getIntercommunalitiesMap(slug: string): Promise<IntercommunalityMapDrawing | null> {
  const versions = await referenceDataVersion(slug);
  return cachedFigures({ kind: "map-intercommunalities", versions, parts: [slug] }, async () => {
    if (!(await getPrisma().territory.count({ where: { slug } }))) return { value: null };
    const members = await getPrisma().territoryIntercommunality.findMany({
      where: { territory: { slug } },
      orderBy: { position: "asc" },
      select: {
        intercommunality: {
          select: { epci: { select: { siren: true, name: true, population: true, outline: true } } },
        },
      },
    });
    // Two names of the communiqué may now be one intercommunalité: it is drawn once.
    const epcis = [...new Map(members.map(({ intercommunality: { epci } }) => [epci.siren, epci])).values()];
    const shapes = epcis.map((epci) => ({ key: epci.siren, outlines: outlinesOf([epci.outline]) }));
    const drawing = drawMap(shapes, await departmentsOf(epcis.map((epci) => epci.siren)));
    return {
      value: {
        ...drawing,
        intercommunalities: epcis.map(({ siren, name, population }) => ({ siren, name, population })),
      },
    };
  });
}

async function departmentsOf(sirens: string[]): Promise<MapShapeSource[]> {
  const departments = await getPrisma().department.findMany({
    where: { epcis: { some: { epciSiren: { in: sirens } } } },
    orderBy: { code: "asc" },
    select: { code: true, outline: true },
  });
  return departments.map((department) => ({ key: department.code, outlines: outlinesOf([department.outline]) }));
}

function outlinesOf(values: unknown[]): Outline[] {
  return values.filter(isOutline);
}

function isOutline(value: unknown): value is Outline {
  const type = (value as { type?: unknown } | null)?.type;
  return type === "Polygon" || type === "MultiPolygon";
}
