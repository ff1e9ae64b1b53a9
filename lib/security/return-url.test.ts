import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-url";

describe("safeReturnPath", () => {
  it("keeps a path of the app, with its query and fragment", () => {
    expect(safeReturnPath("/territoires/axe-seine/actions?lever=COMPETENCES#plan")).toBe(
      "/territoires/axe-seine/actions?lever=COMPETENCES#plan",
    );
    expect(safeReturnPath(["/compte", "/admin"])).toBe("/compte");
  });

  it("refuses every form a browser reads as another origin", () => {
    for (const hostile of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      " //evil.example",
      "/.//evil.example",
      "/%2e//evil.example",
      "https:evil.example",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "http://ti-pilotage.invalid@evil.example/",
    ]) {
      expect(safeReturnPath(hostile), hostile).toBe("/");
    }
  });

  it("falls back on nothing, an empty value or a non-string", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath("")).toBe("/");
    expect(safeReturnPath(42, "/territoires")).toBe("/territoires");
  });

  it("gives relative paths their meaning under the root, never another site", () => {
    expect(safeReturnPath("compte")).toBe("/compte");
    expect(safeReturnPath("/../../compte")).toBe("/compte");
  });
});
