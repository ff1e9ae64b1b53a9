import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  ProxyConfigurationError,
  proxyTrustFromEnv,
  resolveClientAddress,
  withClientAddress,
} from "./client-address";

function request(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  } as unknown as IncomingMessage;
}

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For by default: the address is the socket's peer", () => {
    const trust = proxyTrustFromEnv({});
    expect(resolveClientAddress(request("203.0.113.7", "198.51.100.1"), trust)).toBe("203.0.113.7");
    expect(resolveClientAddress(request("203.0.113.7", "1.1.1.1, 2.2.2.2"), trust)).toBe("203.0.113.7");
  });

  it("believes the header only from a listed proxy, and takes the nearest address it does not trust", () => {
    const trust = proxyTrustFromEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1" });
    // Through the proxy: the client is what the proxy appended, not what the client wrote before it.
    expect(resolveClientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.1"), trust)).toBe("198.51.100.1");
    // Straight to the app from elsewhere: the header is the client's own word, ignored.
    expect(resolveClientAddress(request("203.0.113.7", "198.51.100.1"), trust)).toBe("203.0.113.7");
  });

  it("with a hop count, trusts that many proxies and no more", () => {
    const trust = proxyTrustFromEnv({ TRUSTED_PROXY_HOPS: "1" });
    expect(resolveClientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.1"), trust)).toBe("198.51.100.1");
    expect(resolveClientAddress(request("10.0.0.2"), trust)).toBe("10.0.0.2");
  });

  it("refuses a configuration it cannot read, at start-up", () => {
    expect(() => proxyTrustFromEnv({ TRUSTED_PROXIES: "pas une adresse" })).toThrow(ProxyConfigurationError);
    expect(() => proxyTrustFromEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(ProxyConfigurationError);
    expect(() => proxyTrustFromEnv({ TRUSTED_PROXY_HOPS: "1", TRUSTED_PROXIES: "10.0.0.1" })).toThrow(
      ProxyConfigurationError,
    );
  });
});

describe("clientAddressFrom", () => {
  it("reads the resolved address, and shares one counter when there is none", () => {
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddressFrom({ "x-forwarded-for": "198.51.100.1" })).toBe("unknown");
    expect(clientAddressFrom(undefined)).toBe("unknown");
  });
});

/** A real HTTP server wrapped like scripts/serve.ts, answering the address the app would see. */
async function addressSeenByTheApp(env: Record<string, string>, headers: Record<string, string>): Promise<string> {
  const server = createServer(
    withClientAddress(proxyTrustFromEnv(env), (request, response) => {
      response.end(String(request.headers[CLIENT_ADDRESS_HEADER]));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise<string>((resolve, reject) => {
      const outgoing = httpRequest({ host: "127.0.0.1", port, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve(body));
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
  } finally {
    server.close();
  }
}

describe("the server in front of Next.js", () => {
  it("ignores a spoofed X-Forwarded-For and overwrites a client's own address header", async () => {
    const spoofed = { "X-Forwarded-For": "198.51.100.1", [CLIENT_ADDRESS_HEADER]: "198.51.100.2" };
    expect(await addressSeenByTheApp({}, spoofed)).toBe("127.0.0.1");
  });

  it("honours X-Forwarded-For from a configured proxy", async () => {
    const forwarded = { "X-Forwarded-For": "198.51.100.1" };
    expect(await addressSeenByTheApp({ TRUSTED_PROXIES: "loopback" }, forwarded)).toBe("198.51.100.1");
    expect(await addressSeenByTheApp({ TRUSTED_PROXY_HOPS: "1" }, forwarded)).toBe("198.51.100.1");
    expect(await addressSeenByTheApp({ TRUSTED_PROXIES: "10.0.0.0/8" }, forwarded)).toBe("127.0.0.1");
  });
});
