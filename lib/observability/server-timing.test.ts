import { describe, expect, it } from "vitest";
import { currentRequestTiming, runWithRequestTiming, serverTimingHeader, startDatabaseQuery } from "./server-timing";

function clock(...readings: number[]): () => number {
  return () => readings.shift() ?? Number.NaN;
}

describe("request timing", () => {
  it("counts overlapping queries once, and the rest as rendering", () => {
    const now = clock(0, 10, 12);
    runWithRequestTiming(() => {
      const first = startDatabaseQuery(now); // busy from t = 10
      const second = startDatabaseQuery(now); // already busy: no reading
      second();
      first(); // the last one ends at t = 12
      const timing = currentRequestTiming()!;
      expect(timing.queryCount).toBe(2);
      expect(timing.databaseMs).toBe(2);
      expect(serverTimingHeader(timing, 50)).toBe(
        'db;dur=2.0;desc="Database (2 queries)", render;dur=48.0;desc="Render", total;dur=50.0;desc="Total"',
      );
    }, now);
  });

  it("counts a query still running when the headers leave", () => {
    const now = clock(0, 5);
    runWithRequestTiming(() => {
      startDatabaseQuery(now);
      expect(serverTimingHeader(currentRequestTiming()!, 20)).toContain('db;dur=15.0;desc="Database (1 query)"');
    }, now);
  });

  it("stays ASCII, as HTTP header values must", () => {
    runWithRequestTiming(() => {
      startDatabaseQuery()();
      expect(serverTimingHeader(currentRequestTiming()!)).toMatch(/^[\x20-\x7e]+$/);
    });
  });

  it("reads the real clock by default", () => {
    runWithRequestTiming(() => {
      startDatabaseQuery()();
      expect(currentRequestTiming()!.databaseMs).toBeGreaterThanOrEqual(0);
    });
  });

  it("records nothing outside a request", () => {
    expect(currentRequestTiming()).toBeUndefined();
    expect(() => startDatabaseQuery()()).not.toThrow();
  });
});
