import { describe, expect, it } from "vitest";
import { median, percentile } from "./stats";

describe("percentile (nearest rank)", () => {
  it("reads the value at the rank, whatever the order", () => {
    const values = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(100);
    expect(percentile(values, 10)).toBe(10);
    expect(median([3, 1, 2])).toBe(2);
  });

  it("is NaN without values", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});
