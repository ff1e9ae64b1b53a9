import { createRequire } from "node:module";

/**
 * Official French administrative reference data (INSEE / DGCL), read from the
 * `@etalab/decoupage-administratif` package. The package's main entry resolves its data files with
 * relative paths that break once bundled, so the JSON files are required directly; `createRequire`
 * works the same under tsx (Node ESM), Vitest and Next.js.
 *
 * The files are read lazily (communes.json alone is ~37,000 rows) and cached for the process.
 */

const requireData = createRequire(import.meta.url);

/** Kind of EPCI à fiscalité propre, as in the official data ("MET69" is the Métropole de Lyon). */
export type EpciKind = "CC" | "CA" | "CU" | "METRO" | "MET69";

export interface OfficialEpci {
  /** SIREN of the EPCI (the `code` of the official data). */
  siren: string;
  name: string;
  kind: EpciKind;
  /** Population municipale. */
  population: number;
  /** INSEE codes of the departments of its member communes, sorted. */
  departmentCodes: string[];
}

export interface OfficialDepartment {
  code: string;
  name: string;
  regionCode: string;
}

export interface OfficialRegion {
  code: string;
  name: string;
}

interface RawEpci {
  code: string;
  nom: string;
  type: EpciKind;
  populationMunicipale: number;
  membres: { code: string }[];
}

interface RawCommune {
  code: string;
  departement: string;
  type: string;
}

interface RawDepartment {
  code: string;
  nom: string;
  region: string;
}

interface RawRegion {
  code: string;
  nom: string;
}

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

const epciBySiren = lazy(() => {
  const epcis = requireData("@etalab/decoupage-administratif/data/epci.json") as RawEpci[];
  return new Map(epcis.map((epci) => [epci.code, epci]));
});

/** Department code of every current commune ("commune-actuelle"), by INSEE commune code. */
const departmentByCommune = lazy(() => {
  const communes = requireData("@etalab/decoupage-administratif/data/communes.json") as RawCommune[];
  return new Map(
    communes
      .filter((commune) => commune.type === "commune-actuelle")
      .map((commune) => [commune.code, commune.departement]),
  );
});

const departmentByCode = lazy(() => {
  const departments = requireData("@etalab/decoupage-administratif/data/departements.json") as RawDepartment[];
  return new Map(departments.map((department) => [department.code, department]));
});

const regionByCode = lazy(() => {
  const regions = requireData("@etalab/decoupage-administratif/data/regions.json") as RawRegion[];
  return new Map(regions.map((region) => [region.code, region]));
});

/** Looks every code up, in the given order, without duplicates; throws listing the unknown ones. */
function lookUp<R, T>(what: string, codes: readonly string[], index: Map<string, R>, map: (raw: R) => T): T[] {
  const unique = [...new Set(codes)];
  const missing = unique.filter((code) => !index.has(code));
  if (missing.length > 0) {
    throw new Error(
      `${what} not found in @etalab/decoupage-administratif: ${missing.join(", ")}. ` +
        "The reference data may be outdated or the code mistyped.",
    );
  }
  return unique.map((code) => map(index.get(code) as R));
}

/** The current EPCIs with these SIRENs (deduplicated, in the given order). */
export function loadEpcis(sirens: readonly string[]): OfficialEpci[] {
  const departments = departmentByCommune();
  return lookUp("EPCI SIREN(s)", sirens, epciBySiren(), (epci) => {
    const departmentCodes = new Set<string>();
    for (const member of epci.membres) {
      const departmentCode = departments.get(member.code);
      if (departmentCode === undefined) {
        throw new Error(`Commune ${member.code} of EPCI ${epci.code} (${epci.nom}) is not a current commune.`);
      }
      departmentCodes.add(departmentCode);
    }
    return {
      siren: epci.code,
      name: epci.nom,
      kind: epci.type,
      population: epci.populationMunicipale,
      departmentCodes: [...departmentCodes].sort(),
    };
  });
}

/** The departments with these INSEE codes (deduplicated, in the given order). */
export function loadDepartments(codes: readonly string[]): OfficialDepartment[] {
  return lookUp("Department code(s)", codes, departmentByCode(), (d) => ({
    code: d.code,
    name: d.nom,
    regionCode: d.region,
  }));
}

/** The regions with these INSEE codes (deduplicated, in the given order). */
export function loadRegions(codes: readonly string[]): OfficialRegion[] {
  return lookUp("Region code(s)", codes, regionByCode(), (r) => ({ code: r.code, name: r.nom }));
}

interface RawCommuneLink {
  code: string;
  type: string;
  chefLieu?: string;
}

/**
 * The current EPCI (SIREN) of a commune code, for the EPCIs with these SIRENs: a current member
 * commune maps to its EPCI; a commune merged since into a commune nouvelle (a "commune déléguée" or
 * "commune associée" of communes.json) maps to its chef-lieu's EPCI. Communes of other EPCIs are absent.
 */
export function epciOfCommunes(sirens: readonly string[]): Map<string, string> {
  const byCommune = new Map<string, string>();
  for (const epci of lookUp("EPCI SIREN(s)", sirens, epciBySiren(), (raw) => raw)) {
    for (const member of epci.membres) byCommune.set(member.code, epci.code);
  }
  const communes = requireData("@etalab/decoupage-administratif/data/communes.json") as RawCommuneLink[];
  for (const commune of communes) {
    if (commune.type === "commune-actuelle" || !commune.chefLieu || byCommune.has(commune.code)) continue;
    const siren = byCommune.get(commune.chefLieu);
    if (siren) byCommune.set(commune.code, siren);
  }
  return byCommune;
}
