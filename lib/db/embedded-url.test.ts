import { describe, expect, it } from "vitest";
import { embeddedUrl, isEmbeddedUrl } from "./embedded-url";

describe("the embedded database's URL", () => {
  it("is recognised, so that the app does not name statements on a server with one session", () => {
    expect(isEmbeddedUrl(embeddedUrl(54329))).toBe(true);
    expect(isEmbeddedUrl("postgresql://postgres@127.0.0.1:5432/ti_pilotage")).toBe(false);
    expect(isEmbeddedUrl("not a url")).toBe(false);
  });
});
