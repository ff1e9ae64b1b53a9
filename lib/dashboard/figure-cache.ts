import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { countFigureCacheLookup } from "@/lib/observability/server-timing";

// Figures computed once per change. Each entry is keyed by the data versions of what it reads
// (the DataVersion table, bumped by triggers in the same transaction as every write), the filters
// and the day: a write changes the version, so the next reader computes afresh — on every
// instance, without any message between instances, since each reads the versions from the one
// database. Entries that outlive their version are never read again and age out of the LRU.
// Only figures go in: who may see them is checked before, on every request, for every user.

/** One process-wide store: Next.js loads this module once per bundle (pages, route handlers). */
const storeKey = Symbol.for("ti-pilotage.figure-cache");
type Entry = { value: unknown; validUntil: number | null };
type Store = { entries: LRUCache<string, Entry>; inFlight: Map<string, Promise<unknown>> };
const processGlobal = globalThis as typeof globalThis & { [storeKey]?: Store };

function store(): Store {
  return (processGlobal[storeKey] ??= {
    // A territory's dashboard is a few kB of figures: thousands fit in a few MB.
    entries: new LRUCache<string, Entry>({ max: 5_000 }),
    inFlight: new Map(),
  });
}

/** The global version and one territory's (found by its slug), read once per request. */
const territoryVersionRows = cache(async (slug: string) => {
  const rows = await getPrisma().$queryRaw<{ scope: string; version: bigint }[]>`
    SELECT scope, version FROM "DataVersion"
    WHERE scope = 'global' OR scope = (SELECT 'territory:' || id FROM "Territory" WHERE slug = ${slug})`;
  const territory = rows.find((row) => row.scope !== "global");
  return {
    global: `global=${rows.find((row) => row.scope === "global")?.version ?? 0n}`,
    territory: `${territory?.scope ?? "territory"}=${territory?.version ?? 0n}`,
  };
});

/**
 * The versions one territory's figures are keyed by — the global one and the territory's — found
 * by the territory's slug, so that the read runs alongside the scope check rather than after it.
 * Read before the figures are computed: a write committed in between makes an entry fresher than
 * its key, never staler. Once per request (the dashboard, the page and its map share it).
 */
export async function territoryDataVersions(slug: string): Promise<string> {
  const { global, territory } = await territoryVersionRows(slug);
  return `${global},${territory}`;
}

/**
 * The version of the reference data alone (levers, statuses, territories, their composition, the
 * geography and its outlines), what the maps' drawings depend on: read with a territory's versions
 * when a slug is given (no query of its own on a territory's page), else with the sum of all.
 */
export async function referenceDataVersion(slug?: string): Promise<string> {
  return slug ? (await territoryVersionRows(slug)).global : (await versionTotals()).global;
}

/** The sum of every version and the global one, in one query, once per request. */
const versionTotals = cache(async () => {
  const [row] = await getPrisma().$queryRaw<{ total: string; global: string }[]>`
    SELECT COALESCE(SUM(version), 0)::text AS total,
           COALESCE(MAX(version) FILTER (WHERE scope = 'global'), 0)::text AS global
    FROM "DataVersion"`;
  return { all: `all=${row?.total ?? "0"}`, global: `global=${row?.global ?? "0"}` };
});

/**
 * The version of the cross-territory views: the sum of every version. Each only rises, so every
 * committed write raises the sum, and no single row is bumped by every write (which would make
 * all writers of the country wait for each other). Independent of the user's scope: read
 * alongside the scope check; the territories in scope go into the key apart.
 */
export async function allDataVersions(): Promise<string> {
  return (await versionTotals()).all;
}

/** A short, stable stand-in for a long list (the 183 territories of the national view) in a key. */
export function digest(values: readonly string[]): string {
  return createHash("sha256").update(values.join(",")).digest("base64url");
}

export type FigureKey = {
  /** What is computed, e.g. "territory-dashboard" or "comparison". */
  kind: string;
  /** From territoryDataVersions or allDataVersions. */
  versions: string;
  /** Everything else the figures depend on: filters, day, unit, territory ids. */
  parts: unknown[];
};

export type Computed<T> = {
  value: T;
  /**
   * When the figures change with time alone, within the day the key carries (the last and next
   * séance follow the clock): the entry is recomputed from then on.
   */
  validUntil?: Date | null;
};

/**
 * The cached figures of `key`, or `compute()` once (concurrent readers of a missing entry wait
 * for the same computation). A failed computation is not kept.
 */
export async function cachedFigures<T>(
  key: FigureKey,
  compute: () => Promise<Computed<T>>,
  now: () => number = Date.now,
): Promise<T> {
  const { entries, inFlight } = store();
  const id = JSON.stringify([key.kind, key.versions, ...key.parts]);
  const entry = entries.get(id);
  if (entry && (entry.validUntil === null || entry.validUntil > now())) {
    countFigureCacheLookup("hit");
    return entry.value as T;
  }
  countFigureCacheLookup("miss");
  const pending = inFlight.get(id);
  if (pending) return pending as Promise<T>;
  const computation = compute()
    .then(({ value, validUntil }) => {
      entries.set(id, { value, validUntil: validUntil ? validUntil.getTime() : null });
      return value;
    })
    .finally(() => inFlight.delete(id));
  inFlight.set(id, computation);
  return computation;
}
