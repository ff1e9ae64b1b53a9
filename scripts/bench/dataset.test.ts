import { describe, expect, it } from "vitest";
import { LARGEST_REGION_CODE, NATIONAL_SIZE, distributeTerritories } from "./dataset";

describe("the benchmark dataset's territories", () => {
  it("spreads the 173 synthetic territories over the 13 metropolitan regions, the largest first", () => {
    const shares = distributeTerritories(NATIONAL_SIZE.territories - 10);
    expect(shares).toHaveLength(13);
    expect(shares.reduce((sum, [, count]) => sum + count, 0)).toBe(173);
    const largest = shares.reduce((best, share) => (share[1] > best[1] ? share : best));
    expect(largest[0]).toBe(LARGEST_REGION_CODE);
  });

  it("still sums exactly for a tiny dataset", () => {
    expect(distributeTerritories(6).reduce((sum, [, count]) => sum + count, 0)).toBe(6);
    expect(distributeTerritories(6).find(([code]) => code === LARGEST_REGION_CODE)?.[1]).toBe(1);
  });
});
