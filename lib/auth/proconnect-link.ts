import "server-only";

// Linking a ProConnect identity to an account. Signing in with ProConnect never creates an
// account: access is still given by invitation (lib/users).

/** What ProConnect asserted, from its signature-checked userinfo (the e-mail) and ID token (sub). */
export type ProConnectAssertion = { issuer: string; sub: string; email: string };

export type ProConnectLinkResult =
  | { ok: true; userId: string; sessionVersion: number; linked: boolean }
  | {
      ok: false;
      /**
       * unknown: no account has this e-mail (the public "how to get access" page);
       * disabled: the account is disabled;
       * conflict: the account is already linked to another ProConnect identity.
       */
      reason: "unknown" | "disabled" | "conflict";
    };

/**
 * Finds the account of a ProConnect sign-in: by (issuer, sub) when linked; else by the verified
 * e-mail, linking it then (audited). Implemented by the lead (see the design note).
 */
export async function resolveProConnectSignIn(assertion: ProConnectAssertion): Promise<ProConnectLinkResult> {
  void assertion;
  throw new Error("not implemented yet");
}
