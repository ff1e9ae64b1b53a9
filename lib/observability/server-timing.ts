import { AsyncLocalStorage } from "node:async_hooks";

// Where a page's time goes, for the Server-Timing response header: how long the database was busy
// for this request and how long the rest (rendering) took, until the headers left. Next.js gives a
// page no way to set a response header, so the timing lives in an AsyncLocalStorage opened by our
// HTTP server (scripts/serve.ts) and filled by the database pool (lib/db/index.ts). Nothing is kept
// between requests.

export type RequestTiming = {
  startedAt: number;
  /** Queries still running, and since when at least one has been. */
  inFlight: number;
  busySince: number;
  /** Wall time with at least one query running (parallel queries count once). */
  databaseMs: number;
  queryCount: number;
  /** Lookups in the figure cache (lib/dashboard/figure-cache.ts): entries found, and computed. */
  figureCacheHits: number;
  figureCacheMisses: number;
};

// The server and the bundles Next.js builds load this module separately: one store per process.
const storeKey = Symbol.for("ti-pilotage.request-timing");
const processGlobal = globalThis as typeof globalThis & { [storeKey]?: AsyncLocalStorage<RequestTiming> };
const storage = (processGlobal[storeKey] ??= new AsyncLocalStorage<RequestTiming>());

export function runWithRequestTiming<T>(run: () => T, now: () => number = () => performance.now()): T {
  return storage.run(
    {
      startedAt: now(),
      inFlight: 0,
      busySince: 0,
      databaseMs: 0,
      queryCount: 0,
      figureCacheHits: 0,
      figureCacheMisses: 0,
    },
    run,
  );
}

/** Marks a database query as started for the current request; call the returned function when it ends. */
export function startDatabaseQuery(now: () => number = () => performance.now()): () => void {
  const timing = storage.getStore();
  if (!timing) return () => {};
  if (timing.inFlight === 0) timing.busySince = now();
  timing.inFlight += 1;
  timing.queryCount += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    timing.inFlight -= 1;
    if (timing.inFlight === 0) timing.databaseMs += now() - timing.busySince;
  };
}

/** Counts a lookup in the figure cache for the current request. */
export function countFigureCacheLookup(outcome: "hit" | "miss"): void {
  const timing = storage.getStore();
  if (!timing) return;
  if (outcome === "hit") timing.figureCacheHits += 1;
  else timing.figureCacheMisses += 1;
}

export function currentRequestTiming(): RequestTiming | undefined {
  return storage.getStore();
}

/**
 * The header's value: `db` (database busy), `render` (everything else) and `total`, in
 * milliseconds, and `figures` (lookups in the figure cache) when the page made any.
 */
export function serverTimingHeader(timing: RequestTiming, now: number = performance.now()): string {
  const databaseMs = timing.databaseMs + (timing.inFlight > 0 ? now - timing.busySince : 0);
  const totalMs = now - timing.startedAt;
  const renderMs = Math.max(0, totalMs - databaseMs);
  const queries = timing.queryCount === 1 ? "1 query" : `${timing.queryCount} queries`;
  // Header values are ASCII (anything else reaches the browser garbled): descriptions in English.
  return [
    `db;dur=${databaseMs.toFixed(1)};desc="Database (${queries})"`,
    `render;dur=${renderMs.toFixed(1)};desc="Render"`,
    `total;dur=${totalMs.toFixed(1)};desc="Total"`,
    ...(timing.figureCacheHits + timing.figureCacheMisses > 0
      ? [`figures;desc="Cached figures: ${timing.figureCacheHits} hit, ${timing.figureCacheMisses} miss"`]
      : []),
  ].join(", ");
}
