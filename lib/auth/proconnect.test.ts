import { describe, expect, it } from "vitest";
import { loginErrorMessage } from "./login-messages";
import { proConnectProvider, readProConnectSettings } from "./proconnect";

const env = {
  PROCONNECT_ISSUER: "https://fca.integ01.dev-agentconnect.fr/api/v2/",
  PROCONNECT_CLIENT_ID: "client",
  PROCONNECT_CLIENT_SECRET: "secret",
};

describe("ProConnect configuration", () => {
  it("is absent unless the issuer, client id and secret are all set", () => {
    expect(readProConnectSettings({})).toBeNull();
    expect(readProConnectSettings({ ...env, PROCONNECT_CLIENT_SECRET: " " })).toBeNull();
    expect(readProConnectSettings({ ...env, PROCONNECT_ISSUER: undefined })).toBeNull();
  });

  it("compares the issuer without trailing slash and signs with RS256 unless told", () => {
    expect(readProConnectSettings(env)).toEqual({
      issuer: "https://fca.integ01.dev-agentconnect.fr/api/v2",
      clientId: "client",
      clientSecret: "secret",
      signingAlg: "RS256",
    });
  });

  it("checks state and nonce, verifies the signed userinfo, sends the secret in the body", () => {
    const provider = proConnectProvider(readProConnectSettings({ ...env, PROCONNECT_SIGNING_ALG: "ES256" })!);
    expect(provider.wellKnown).toBe("https://fca.integ01.dev-agentconnect.fr/api/v2/.well-known/openid-configuration");
    expect(provider.checks).toEqual(["state", "nonce"]);
    expect(provider.idToken).toBe(true);
    expect(provider.client).toEqual({
      id_token_signed_response_alg: "ES256",
      userinfo_signed_response_alg: "ES256",
      token_endpoint_auth_method: "client_secret_post",
    });
    // Nothing but the scope: ProConnect refuses any authorization parameter outside its list.
    expect(provider.authorization).toEqual({
      params: { scope: "openid email given_name usual_name uid siret idp_id" },
    });
  });
});

describe("ProConnect messages on the login page", () => {
  it("say in French what happened instead of the password message", () => {
    for (const code of ["OAuthSignin", "OAuthCallback", "ProConnectConflict", "AccountDisabled", "ProConnectLogout"]) {
      expect(loginErrorMessage(code)).not.toBe(loginErrorMessage("CredentialsSignin"));
    }
    expect(loginErrorMessage("AccountDisabled")).toContain("désactivé");
    expect(loginErrorMessage("toString")).toBe(loginErrorMessage("CredentialsSignin"));
  });
});
