// Pure helpers for the security headers set by proxy.ts on every response, kept framework-free so
// they can be unit tested.

export type CspOptions = {
  /** Per-request random value; Next.js reads it back from the request CSP to tag its own scripts. */
  nonce: string;
  isDev: boolean;
  isHttps: boolean;
};

export function buildContentSecurityPolicy({ nonce, isDev, isHttps }: CspOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    // 'strict-dynamic' lets the nonce'd Next.js runtime load its chunks; React's dev tooling
    // reconstructs server stacks with eval, which production never needs.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    // The DSFR and the chart library write style attributes at runtime, which nonces cannot
    // cover; a style injection cannot run code, so only scripts are locked down.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    // Hot module replacement talks over a WebSocket in development only.
    ["connect-src", "'self'", ...(isDev ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    // Over plain HTTP (local runs, tests) upgrading would break every subresource.
    ...(isHttps ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((tokens) => tokens.join(" ")).join("; ");
}

/** Headers that do not depend on the request, applied to every response including refusals. */
export function staticSecurityHeaders({ isProduction }: { isProduction: boolean }): Array<[string, string]> {
  return [
    ["X-Content-Type-Options", "nosniff"],
    // Internal URLs (territory or user identifiers) must not leak to other sites in full.
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    // Legacy counterpart of frame-ancestors for browsers that ignore CSP.
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    // Pinning HTTPS from a development server would lock localhost out of plain HTTP for two years.
    ...(isProduction ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains"] as [string, string]] : []),
  ];
}

/** A CSP nonce: 128 random bits, base64 so it fits the CSP nonce-source grammar. */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
