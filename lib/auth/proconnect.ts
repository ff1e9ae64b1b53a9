import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";

// ProConnect, the State's OpenID Connect federation, as a next-auth provider. Configured only when
// the three PROCONNECT_* variables are set; otherwise there is no provider and no button.

/** The claims ProConnect's signed userinfo carries for our scopes (its doc_fs "donnees_fournies"). */
export type ProConnectUserInfo = {
  sub: string;
  email: string;
  given_name?: string;
  usual_name?: string;
  uid?: string;
  siret?: string;
  idp_id?: string;
};

export const PROCONNECT_PROVIDER_ID = "proconnect";

/** Scopes of the claims we read; each ProConnect scope is the claim of the same name. */
const SCOPE = "openid email given_name usual_name uid siret idp_id";

export type ProConnectSettings = { issuer: string; clientId: string; clientSecret: string; signingAlg: string };

/** The issuer is compared character for character with the tokens' `iss`: no trailing slash. */
export function readProConnectSettings(
  env: Record<string, string | undefined> = process.env,
): ProConnectSettings | null {
  const issuer = env.PROCONNECT_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.PROCONNECT_CLIENT_ID?.trim();
  const clientSecret = env.PROCONNECT_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  // What was declared to ProConnect for the ID token and userinfo signatures (RS256, ES256 or HS256).
  return { issuer, clientId, clientSecret, signingAlg: env.PROCONNECT_SIGNING_ALG?.trim() || "RS256" };
}

export function isProConnectConfigured(): boolean {
  return readProConnectSettings() !== null;
}

export function proConnectProvider(settings: ProConnectSettings): OAuthConfig<ProConnectUserInfo> {
  return {
    id: PROCONNECT_PROVIDER_ID,
    name: "ProConnect",
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    // ProConnect answers 400 to any authorization parameter outside its list: only the scope is
    // added here; next-auth adds client_id, response_type, redirect_uri, state and nonce. PKCE is
    // not in ProConnect's documented list, so it is not sent.
    authorization: { params: { scope: SCOPE } },
    checks: ["state", "nonce"],
    idToken: true,
    client: {
      id_token_signed_response_alg: settings.signingAlg,
      userinfo_signed_response_alg: settings.signingAlg,
      token_endpoint_auth_method: "client_secret_post",
    },
    // The ID token carries no e-mail: the profile comes from userinfo, which ProConnect signs.
    // With userinfo_signed_response_alg set, openid-client asks for application/jwt, verifies its
    // signature, issuer and audience, and checks that its sub is the ID token's. next-auth hands
    // over openid-client's TokenSet (core/lib/oauth/callback.js) though its type names the plain
    // parameters; the sub check needs the TokenSet's claims(), and fails closed without them.
    userinfo: {
      request: async ({ client, tokens }) =>
        (await client.userinfo(tokens as Parameters<typeof client.userinfo>[0])) as ProConnectUserInfo,
    },
    profile: (info) => ({
      id: info.sub,
      email: info.email,
      name: [info.given_name, info.usual_name].filter(Boolean).join(" ") || info.email,
    }),
    // openid-client's default (3.5 s) is short for a federation that may hop through an identity provider.
    httpOptions: { timeout: 10_000 },
  };
}
