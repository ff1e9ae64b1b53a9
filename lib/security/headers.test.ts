import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, generateNonce, staticSecurityHeaders } from "./headers";

const directivesOf = (csp: string) =>
  new Map(
    csp.split("; ").map((directive) => {
      const [name = "", ...values] = directive.split(" ");
      return [name, values];
    }),
  );

describe("Content-Security-Policy", () => {
  it("builds the production policy around the nonce", () => {
    expect(buildContentSecurityPolicy({ nonce: "abc123==", isDev: false, isHttps: true })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'self'; upgrade-insecure-requests",
    );
  });

  it("never allows inline scripts or eval in production", () => {
    const scriptSrc = directivesOf(buildContentSecurityPolicy({ nonce: "n", isDev: false, isHttps: false })).get(
      "script-src",
    );
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  it("allows eval and the hot-reload WebSocket in development only", () => {
    const directives = directivesOf(buildContentSecurityPolicy({ nonce: "n", isDev: true, isHttps: false }));
    expect(directives.get("script-src")).toContain("'unsafe-eval'");
    expect(directives.get("connect-src")).toEqual(["'self'", "ws:"]);
  });

  it("upgrades insecure requests only when served over HTTPS", () => {
    expect(buildContentSecurityPolicy({ nonce: "n", isDev: false, isHttps: false })).not.toContain(
      "upgrade-insecure-requests",
    );
    expect(buildContentSecurityPolicy({ nonce: "n", isDev: false, isHttps: true })).toMatch(
      /; upgrade-insecure-requests$/,
    );
  });
});

describe("Static security headers", () => {
  it("sets the hardening headers everywhere and HSTS in production only", () => {
    const production = new Map(staticSecurityHeaders({ isProduction: true }));
    expect(production.get("X-Content-Type-Options")).toBe("nosniff");
    expect(production.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(production.get("X-Frame-Options")).toBe("DENY");
    expect(production.get("Permissions-Policy")).toBe("camera=(), microphone=(), geolocation=()");
    expect(production.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(production.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");

    expect(new Map(staticSecurityHeaders({ isProduction: false })).has("Strict-Transport-Security")).toBe(false);
  });
});

describe("Nonce", () => {
  it("is fresh base64 on every call", () => {
    const nonces = new Set(Array.from({ length: 50 }, generateNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
