import { describe, expect, it } from "vitest";
import {
  addMonths,
  comparisonQueryString,
  dashboardQueryString,
  parseComparisonRegion,
  parseDashboardFilters,
  periodBounds,
} from "./filters";

const today = "2026-11-27";

describe("parseDashboardFilters", () => {
  it("defaults to the 12 months ending with the current month in France", () => {
    expect(parseDashboardFilters({}, today)).toEqual({ from: "2025-12", to: "2026-11" });
  });

  it("keeps a valid period and lever, taking the first of repeated values", () => {
    expect(parseDashboardFilters({ from: "2026-01", to: ["2026-06", "2027-01"], lever: "COMPETENCES" }, today)).toEqual(
      { from: "2026-01", to: "2026-06", lever: "COMPETENCES" },
    );
    expect(parseDashboardFilters(new URLSearchParams("from=2026-03&to=2026-04"), today)).toEqual({
      from: "2026-03",
      to: "2026-04",
    });
  });

  it("derives the missing bound from the other one: a 12-month window", () => {
    expect(parseDashboardFilters({ to: "2026-03" }, today)).toEqual({ from: "2025-04", to: "2026-03" });
    expect(parseDashboardFilters({ from: "2026-05" }, today)).toEqual({ from: "2026-05", to: "2026-11" });
  });

  it("falls back to the defaults on invalid values and swaps a reversed period", () => {
    expect(parseDashboardFilters({ from: "2026-13", to: "demain", lever: "'; drop" }, today)).toEqual({
      from: "2025-12",
      to: "2026-11",
    });
    expect(parseDashboardFilters({ from: "2026-09", to: "2026-02" }, today)).toEqual({
      from: "2026-02",
      to: "2026-09",
    });
  });
});

describe("dashboard filter helpers", () => {
  it("shifts months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", -11)).toBe("2025-12");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
  });

  it("writes only what differs from the defaults in the query string", () => {
    expect(dashboardQueryString({ from: "2025-12", to: "2026-11" }, today)).toBe("");
    expect(dashboardQueryString({ from: "2025-12", to: "2026-11", lever: "ATTRACTIVITE" }, today)).toBe(
      "?lever=ATTRACTIVITE",
    );
    expect(dashboardQueryString({ from: "2026-01", to: "2026-03" }, today)).toBe("?from=2026-01&to=2026-03");
  });

  it("gives the first and last day of the period, leap years included", () => {
    expect(periodBounds({ from: "2027-12", to: "2028-02" })).toEqual({ start: "2027-12-01", end: "2028-02-29" });
  });
});

describe("the comparison's region", () => {
  it("reads an INSEE region code and ignores anything else", () => {
    expect(parseComparisonRegion({ region: "28" })).toBe("28");
    expect(parseComparisonRegion(new URLSearchParams("region=84"))).toBe("84");
    expect(parseComparisonRegion({ region: "Normandie" })).toBeUndefined();
    expect(parseComparisonRegion({})).toBeUndefined();
  });

  it("keeps the filters and adds the region to the query string", () => {
    const filters = { from: "2026-01", to: "2026-06", lever: "COMPETENCES" };
    expect(comparisonQueryString(filters, "28", today)).toBe("?from=2026-01&to=2026-06&lever=COMPETENCES&region=28");
    expect(comparisonQueryString({ from: "2025-12", to: "2026-11" }, undefined, today)).toBe("");
    expect(comparisonQueryString({ from: "2025-12", to: "2026-11" }, "84", today)).toBe("?region=84");
  });
});
