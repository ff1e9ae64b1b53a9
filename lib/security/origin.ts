// Cross-site request forgery guard applied by proxy.ts: a browser always says where a
// state-changing request comes from (Origin, or at least Sec-Fetch-Site), so a request that
// admits to coming from another site is refused before reaching any route.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginCheckInput = {
  method: string;
  /** The Origin request header, if any. */
  origin: string | null;
  /** The host (with port) the server was addressed as, i.e. the Host header. */
  host: string | null;
  /** The Sec-Fetch-Site request header, if any. */
  secFetchSite: string | null;
};

export function isCrossOriginMutation({ method, origin, host, secFetchSite }: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (origin !== null) {
    // "null" (sandboxed frames, opaque redirects) or garbage cannot be matched to us: refuse.
    const originHost = parseHost(origin);
    return originHost === null || host === null || originHost !== host.toLowerCase();
  }
  // No Origin: old browsers still send Sec-Fetch-Site; non-browser clients (curl, server-to-server
  // with tokens) send neither and are not exposed to CSRF.
  return secFetchSite?.toLowerCase() === "cross-site";
}

function parseHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}
