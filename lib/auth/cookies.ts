import type { CookiesOptions } from "next-auth";

/**
 * Session and CSRF cookies: HttpOnly and SameSite=Lax always; in production (served over HTTPS)
 * also Secure with the `__Host-` prefix, which the browser only accepts from a secure origin,
 * without a Domain and for path "/": a sibling subdomain cannot plant or overwrite them.
 */
export function authCookies(secure: boolean): Partial<CookiesOptions> {
  const prefix = secure ? "__Host-" : "";
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: `${prefix}ti-pilotage.session`, options },
    csrfToken: { name: `${prefix}ti-pilotage.csrf`, options },
    callbackUrl: { name: `${prefix}ti-pilotage.callback-url`, options },
    // ProConnect's state and nonce, kept between the departure and the return (15 minutes).
    state: { name: `${prefix}ti-pilotage.oauth-state`, options: { ...options, maxAge: 900 } },
    nonce: { name: `${prefix}ti-pilotage.oauth-nonce`, options: { ...options, maxAge: 900 } },
  };
}

/** Production is whatever is served over HTTPS (NEXTAUTH_URL), like next-auth's own default. */
export function usesSecureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** The state of a sign-out through ProConnect (app/api/proconnect/deconnexion), same flags as above. */
export function proConnectLogoutCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}ti-pilotage.proconnect-logout`;
}
