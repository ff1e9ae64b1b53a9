import { describe, expect, it } from "vitest";
import { actionExportHref, actionPlanHref, hasActiveFilters, parseActionFilters, sortChange } from "./plan-url";

describe("action plan URLs", () => {
  it("parses the query string, taking the first of repeated values and ignoring junk", () => {
    expect(
      parseActionFilters({ lever: ["COMPETENCES", "X"], carrier: "PIRATE", late: "1", page: "abc", q: " usine " }),
    ).toEqual({
      lever: "COMPETENCES",
      status: undefined,
      carrier: undefined,
      late: true,
      q: "usine",
      sort: "updatedAt",
      order: "desc",
      page: 1,
    });
  });

  it("writes only what differs from the default view", () => {
    const filters = parseActionFilters({ lever: "", status: "EN_COURS", page: "3" });
    expect(actionPlanHref("axe-seine", filters)).toBe("/territoires/axe-seine/actions?status=EN_COURS&page=3");
    expect(actionPlanHref("axe-seine", parseActionFilters({}))).toBe("/territoires/axe-seine/actions");
    expect(actionPlanHref("axe-seine", filters, { page: 1, late: true })).toBe(
      "/territoires/axe-seine/actions?status=EN_COURS&late=1",
    );
  });

  it("exports the filtered, sorted plan without the page", () => {
    const filters = parseActionFilters({ carrier: "ELU", q: "école & lycée", sort: "title", order: "asc", page: "2" });
    expect(actionExportHref("axe-seine", filters, "xlsx")).toBe(
      "/territoires/axe-seine/actions/export?format=xlsx&carrier=ELU&q=%C3%A9cole+%26+lyc%C3%A9e&sort=title&order=asc",
    );
  });

  it("flips the order of the sorted column and starts another column ascending, back on page 1", () => {
    const byTitle = parseActionFilters({ sort: "title", order: "asc", page: "4" });
    expect(sortChange(byTitle, "title")).toEqual({ sort: "title", order: "desc", page: 1 });
    expect(sortChange(byTitle, "progress")).toEqual({ sort: "progress", order: "asc", page: 1 });
    expect(sortChange(byTitle, "updatedAt")).toEqual({ sort: "updatedAt", order: "desc", page: 1 });
  });

  it("knows when a view is filtered", () => {
    expect(hasActiveFilters(parseActionFilters({ sort: "title", page: "2" }))).toBe(false);
    expect(hasActiveFilters(parseActionFilters({ late: "1" }))).toBe(true);
  });
});
