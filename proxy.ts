import { type NextRequest, NextResponse } from "next/server";
import { buildContentSecurityPolicy, generateNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { isCrossOriginMutation } from "@/lib/security/origin";

const REFUSAL_MESSAGE = "Requête refusée : origine non autorisée.";

export function proxy(request: NextRequest) {
  // Only the Host header the server actually received is trusted: X-Forwarded-Host can be sent by
  // any client when no reverse proxy overwrites it, so it is never a second accepted origin.
  // A reverse proxy in front of the app must therefore forward the public Host unchanged.
  const host = request.headers.get("host") ?? request.nextUrl.host;
  const headersToSet = staticSecurityHeaders({ isProduction: process.env.NODE_ENV === "production" });

  if (
    isCrossOriginMutation({
      method: request.method,
      origin: request.headers.get("origin"),
      host,
      secFetchSite: request.headers.get("sec-fetch-site"),
    })
  ) {
    const refusal = new NextResponse(REFUSAL_MESSAGE, {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
    for (const [name, value] of headersToSet) refusal.headers.set(name, value);
    return refusal;
  }

  const nonce = generateNonce();
  const csp = buildContentSecurityPolicy({
    nonce,
    isDev: process.env.NODE_ENV === "development",
    isHttps: isHttps(request),
  });

  // Next.js reads the nonce back from the request's CSP header to tag its own scripts; the layout
  // reads x-nonce to hand it to the DSFR.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of headersToSet) response.headers.set(name, value);
  return response;
}

function isHttps(request: NextRequest): boolean {
  // TLS usually ends at a reverse proxy; a spoofed value only changes the sender's own response.
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return (forwardedProto ?? request.nextUrl.protocol.replace(/:$/, "")) === "https";
}

export const config = {
  matcher: [
    // Everything but build assets, image optimisation and public files served as-is (which carry
    // no script and no state-changing route).
    "/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpe?g|gif|webp|avif|ico|css|js|map|woff2?|ttf|txt|xml|webmanifest)$).*)",
  ],
};
