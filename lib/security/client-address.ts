import type { IncomingMessage, RequestListener } from "node:http";
import proxyAddr from "proxy-addr";

// Who is asking: the address login throttling (and every other per-address limit) counts against.
//
// X-Forwarded-For is whatever the client chose to send unless a proxy we run overwrites it, and
// Next.js passes on what it receives. Taking an address from it by default lets anyone rotate the
// header and get unlimited password guesses. So the address is the TCP peer's, and forwarded
// entries are believed only from proxies the deployment names: TRUSTED_PROXIES (addresses or
// CIDR ranges, or proxy-addr's names "loopback", "linklocal", "uniquelocal") or
// TRUSTED_PROXY_HOPS (how many proxies stand in front, each appending to the header).
// scripts/serve.ts resolves it once per request, from the socket, into CLIENT_ADDRESS_HEADER,
// overwriting whatever a client sent under that name.

export const CLIENT_ADDRESS_HEADER = "x-ti-client-address";

export type ProxyTrust = (address: string, hop: number) => boolean;

export class ProxyConfigurationError extends Error {}

export function proxyTrustFromEnv(env: Record<string, string | undefined>): ProxyTrust {
  const proxies = (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hopsText = (env.TRUSTED_PROXY_HOPS ?? "").trim();
  if (proxies.length > 0 && hopsText !== "") {
    throw new ProxyConfigurationError("Set TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both.");
  }
  if (proxies.length > 0) {
    try {
      return proxyAddr.compile(proxies);
    } catch (error) {
      throw new ProxyConfigurationError(`TRUSTED_PROXIES: ${(error as Error).message}`);
    }
  }
  if (hopsText === "") return () => false;
  const hops = Number(hopsText);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new ProxyConfigurationError("TRUSTED_PROXY_HOPS must be a whole number of proxies, 0 to 10.");
  }
  // Hop 0 is the socket's peer: with N proxies, the N nearest addresses are theirs.
  return (_address, hop) => hop < hops;
}

/** The client's address: the socket's peer, or the nearest untrusted forwarded address. */
export function resolveClientAddress(request: IncomingMessage, trust: ProxyTrust): string {
  return proxyAddr(request, trust) || "unknown";
}

/** Wraps the server's request listener: every request carries its resolved client address. */
export function withClientAddress(trust: ProxyTrust, listener: RequestListener): RequestListener {
  return (request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request, trust);
    listener(request, response);
  };
}

/** In a route, server action or next-auth callback: the address scripts/serve.ts resolved. */
export function clientAddressFrom(headers: Headers | Record<string, unknown> | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  // Without our server in front (a test calling code directly), every request shares one counter:
  // stricter, never looser.
  return typeof value === "string" && value ? value : "unknown";
}
