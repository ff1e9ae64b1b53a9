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

export type FigureScope = { territoryId: string } | "global";

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

const scopeName = (scope: FigureScope) => (scope === "global" ? "global" : `territory:${scope.territoryId}`);

/**
 * The versions of the scopes, in one query: "global" always (reference data every figure reads)
 * and each territory's. Read before the figures are computed, so that an entry is never older
 * than its key: a write committed in between makes the entry fresher than its key, never staler.
 */
export async function readDataVersions(territoryIds: string[]): Promise<string> {
  const scopes = ["global", ...territoryIds.map((territoryId) => scopeName({ territoryId }))];
  const rows = await getPrisma().dataVersion.findMany({
    where: { scope: { in: scopes } },
    select: { scope: true, version: true },
  });
  const byScope = new Map(rows.map((row) => [row.scope, row.version.toString()]));
  const versions = scopes.map((scope) => `${scope}=${byScope.get(scope) ?? "0"}`).join(",");
  // A national view reads 183 territories: keep keys short.
  return territoryIds.length > 4 ? createHash("sha256").update(versions).digest("base64url") : versions;
}

/** The versions of one territory and the global one, read once per request (dashboard and page share them). */
export const territoryDataVersions = cache((territoryId: string) => readDataVersions([territoryId]));

export type FigureKey = {
  /** What is computed, e.g. "territory-dashboard" or "comparison". */
  kind: string;
  /** From readDataVersions. */
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

/** Empties this process's cache (tests). */
export function clearFigureCache(): void {
  store().entries.clear();
}
