import { describe, expect, it } from "vitest";
import { buildEndSessionUrl, createLogoutState, logoutStatesMatch, postLogoutRedirectUri } from "./proconnect-logout";

describe("sign-out through ProConnect", () => {
  it("sends exactly id_token_hint, state and post_logout_redirect_uri, encoded", () => {
    const url = new URL(
      buildEndSessionUrl("https://auth.agentconnect.gouv.fr/api/v2/session/end", {
        idToken: "a.b.c",
        state: "s".repeat(43),
        postLogoutRedirectUri: postLogoutRedirectUri("https://ti-pilotage.example.fr/"),
      }),
    );
    expect(url.origin + url.pathname).toBe("https://auth.agentconnect.gouv.fr/api/v2/session/end");
    expect([...url.searchParams.keys()]).toEqual(["id_token_hint", "state", "post_logout_redirect_uri"]);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe(
      "https://ti-pilotage.example.fr/api/proconnect/deconnexion",
    );
  });

  it("draws states long enough for ProConnect (32 characters at least), never twice the same", () => {
    const state = createLogoutState();
    expect(state).toMatch(/^[\w-]{43}$/);
    expect(createLogoutState()).not.toBe(state);
  });

  it("accepts only the state it sent", () => {
    const state = createLogoutState();
    expect(logoutStatesMatch(state, state)).toBe(true);
    expect(logoutStatesMatch(state, `${state.slice(0, -1)}x`)).toBe(false);
    expect(logoutStatesMatch(state, state.slice(1))).toBe(false);
    expect(logoutStatesMatch(state, null)).toBe(false);
    expect(logoutStatesMatch(undefined, state)).toBe(false);
    expect(logoutStatesMatch("", "")).toBe(false);
  });
});
