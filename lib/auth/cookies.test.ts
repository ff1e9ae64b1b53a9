import { describe, expect, it } from "vitest";
import { authCookies } from "./cookies";

describe("auth cookies", () => {
  it("are HttpOnly, SameSite=Lax, Secure and __Host- prefixed in production", () => {
    const cookies = authCookies(true);
    expect(cookies.sessionToken).toEqual({
      name: "__Host-ti-pilotage.session",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(cookies.csrfToken?.name).toBe("__Host-ti-pilotage.csrf");
  });

  it("drop Secure and the prefix on plain-HTTP local runs, where the browser would refuse them", () => {
    const cookies = authCookies(false);
    expect(cookies.sessionToken).toEqual({
      name: "ti-pilotage.session",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });
});

describe("ProConnect's state and nonce cookies", () => {
  it("follow the same naming and flags, and last the 15 minutes a sign-in may take", () => {
    const cookies = authCookies(true);
    expect(cookies.state).toEqual({
      name: "__Host-ti-pilotage.oauth-state",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 900 },
    });
    expect(cookies.nonce?.name).toBe("__Host-ti-pilotage.oauth-nonce");
  });
});
