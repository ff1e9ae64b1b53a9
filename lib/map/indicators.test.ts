import { describe, expect, it } from "vitest";
import type { ComparisonRow } from "@/lib/dashboard/types";
import { comparisonRow } from "@/tests/comparison-rows";
import { classOf, mapClasses, mapIndicatorParam, mapIndicators, niceStep } from "./indicators";

function row(overrides: Partial<ComparisonRow>): ComparisonRow {
  return comparisonRow("T", overrides);
}

describe("map indicators", () => {
  it("reads the indicator from the URL, the average progress otherwise", () => {
    expect(mapIndicatorParam.parse("vigilance")).toBe("vigilance");
    expect(mapIndicatorParam.parse("<script>")).toBe("avancement");
    expect(mapIndicatorParam.parse(undefined)).toBe("avancement");
  });

  it("takes each figure from the comparison's row", () => {
    const figures = row({ actionCount: 8, vigilanceCount: 3, averageProgress: 42, fundingGranted: 1500 });
    expect(mapIndicators.avancement.value(figures)).toBe(42);
    expect(mapIndicators.vigilance.value(figures)).toBe(38);
    expect(mapIndicators.financements.value(figures)).toBe(1500);
    expect(mapIndicators.vigilance.value(row({}))).toBeNull();
    expect(mapIndicators.decisions.value(row({ governance: { ...row({}).governance, overdueDecisionCount: 4 } }))).toBe(
      4,
    );
  });

  it("classes values in four round steps spanning them, never past 100 %", () => {
    const classes = mapClasses(mapIndicators.avancement, [52, 65, null, 57]);
    expect(classes.map((c) => c.label)).toEqual([
      "de 50 % à moins de 55 %",
      "de 55 % à moins de 60 %",
      "de 60 % à moins de 65 %",
      "de 65 % à 70 %",
    ]);
    expect(classOf(classes, 52).index).toBe(0);
    expect(classOf(classes, 55).index).toBe(1);
    expect(classOf(classes, 65).index).toBe(3);
    expect(mapClasses(mapIndicators.avancement, [10, 90]).map((c) => [c.min, c.max])).toEqual([
      [0, 25],
      [25, 50],
      [50, 75],
      [75, 100],
    ]);
    expect(mapClasses(mapIndicators.vigilance, [88, 100]).map((c) => c.min)).toEqual([80, 85, 90, 95]);
    expect(mapClasses(mapIndicators.vigilance, [97, 99]).map((c) => c.min)).toEqual([96, 97, 98, 99]);
  });

  it("classes amounts in round steps, and counts in whole numbers", () => {
    const money = mapClasses(mapIndicators.financements, [0, 930_000, null]);
    expect(money.map((c) => [c.min, c.max])).toEqual([
      [0, 250_000],
      [250_000, 500_000],
      [500_000, 750_000],
      [750_000, 1_000_000],
    ]);
    const decisions = mapClasses(mapIndicators.decisions, [0, 3]);
    expect(decisions.map((c) => c.label)).toEqual(["0", "1", "2", "de 3 à 4"]);
    expect(classOf(decisions, 3).index).toBe(3);
    expect(mapClasses(mapIndicators.decisions, [0, 0]).map((c) => c.label)).toEqual(["0", "1", "2", "de 3 à 4"]);
    expect(mapClasses(mapIndicators.decisions, [3, 14]).map((c) => [c.min, c.max])).toEqual([
      [0, 5],
      [5, 10],
      [10, 15],
      [15, 20],
    ]);
  });

  it("keeps every value inside the classes", () => {
    for (const values of [
      [1, 99],
      [33, 34],
      [0, 0.5],
      [12, 100],
      [7, 7],
    ]) {
      const classes = mapClasses(mapIndicators.avancement, values);
      for (const value of values) {
        expect(value).toBeGreaterThanOrEqual(classes[0]!.min);
        expect(value).toBeLessThanOrEqual(classes.at(-1)!.max);
      }
    }
  });

  it("finds round steps", () => {
    expect(niceStep(232_500, false)).toBe(250_000);
    expect(niceStep(0.75, true)).toBe(1);
    expect(niceStep(0, false)).toBe(1);
    expect(niceStep(12, true)).toBe(20);
  });
});
