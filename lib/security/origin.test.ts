import { describe, expect, it } from "vitest";
import { isCrossOriginMutation } from "./origin";

const host = "ti-pilotage.example.gouv.fr";
const request = (overrides: Partial<Parameters<typeof isCrossOriginMutation>[0]>) =>
  isCrossOriginMutation({ method: "POST", origin: null, host, secFetchSite: null, ...overrides });

describe("Cross-origin mutation guard", () => {
  it("lets safe methods through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(request({ method, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(false);
    }
  });

  it("refuses state-changing requests from another origin", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      expect(request({ method, origin: "https://evil.example" })).toBe(true);
    }
    // A sibling subdomain or another port is another origin too.
    expect(request({ origin: `https://evil.${host}` })).toBe(true);
    expect(request({ origin: `https://${host}:8443` })).toBe(true);
  });

  it("accepts the app's own origin, whatever its default port or case", () => {
    expect(request({ origin: `https://${host}` })).toBe(false);
    expect(request({ origin: `https://${host}:443` })).toBe(false);
    expect(request({ origin: `https://TI-Pilotage.example.gouv.fr`, secFetchSite: "same-origin" })).toBe(false);
    expect(request({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" })).toBe(false);
  });

  it("refuses opaque or malformed origins", () => {
    expect(request({ origin: "null" })).toBe(true);
    expect(request({ origin: "not a url" })).toBe(true);
    expect(request({ origin: `file://${host}` })).toBe(true);
  });

  it("refuses when the host is unknown", () => {
    expect(request({ origin: `https://${host}`, host: null })).toBe(true);
  });

  it("falls back to Sec-Fetch-Site when the browser sends no Origin", () => {
    expect(request({ secFetchSite: "cross-site" })).toBe(true);
    expect(request({ secFetchSite: "same-origin" })).toBe(false);
    expect(request({ secFetchSite: "none" })).toBe(false);
  });

  it("lets non-browser clients without Origin nor Sec-Fetch-Site through", () => {
    expect(request({})).toBe(false);
  });
});
