import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readProConnectSettings } from "./proconnect";

// Sign-out through ProConnect (its doc_fs §2.4): the browser goes to the end-session endpoint with
// exactly id_token_hint, state and post_logout_redirect_uri, and comes back to our route with the
// state, which we check. ProConnect refuses any other parameter, so the URL is built here rather
// than by openid-client (whose endSessionUrl() adds client_id).

export const LOGOUT_STATE_MAX_AGE_SECONDS = 10 * 60;

/** The route ProConnect sends the browser back to; declared to ProConnect as is. */
export function postLogoutRedirectUri(appUrl: string): string {
  return `${appUrl.replace(/\/+$/, "")}/api/proconnect/deconnexion`;
}

/** base64url of 32 random bytes: 43 characters, above ProConnect's minimum of 32. */
export function createLogoutState(): string {
  return randomBytes(32).toString("base64url");
}

export function buildEndSessionUrl(
  endSessionEndpoint: string,
  params: { idToken: string; state: string; postLogoutRedirectUri: string },
): string {
  const url = new URL(endSessionEndpoint);
  url.search = new URLSearchParams({
    id_token_hint: params.idToken,
    state: params.state,
    post_logout_redirect_uri: params.postLogoutRedirectUri,
  }).toString();
  return url.toString();
}

/** Constant-time: the state is a secret for as long as the round trip lasts. */
export function logoutStatesMatch(expected: string | undefined, received: string | null): boolean {
  if (!expected || !received) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** ProConnect's end-session endpoint, from its discovery document; null when unreachable. */
export async function findEndSessionEndpoint(): Promise<string | null> {
  const settings = readProConnectSettings();
  if (!settings) return null;
  try {
    const response = await fetch(`${settings.issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5_000),
      cache: "no-store",
    });
    if (!response.ok) return null;
    const discovery = (await response.json()) as { end_session_endpoint?: unknown };
    return typeof discovery.end_session_endpoint === "string" ? discovery.end_session_endpoint : null;
  } catch (error) {
    console.error("[proconnect] discovery failed at sign-out", error);
    return null;
  }
}
