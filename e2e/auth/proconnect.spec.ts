import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { SiteHeader } from "../pages/header.pom";
import { LoginPage } from "../pages/login.pom";
import { ProConnectFlow } from "../pages/proconnect.pom";
import { disableMember } from "../pages/users-admin.pom";

// Against the local ProConnect the e2e server starts (scripts/proconnect-local.ts), configured like
// the real one: strict authorization parameters, signed userinfo, end-session with a state.

test.describe("Sign-in with ProConnect", () => {
  test("an existing account signs in through ProConnect, and signs out through it", async ({ page }) => {
    const authorizeRequests: URL[] = [];
    const endSessionRequests: URL[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/v2/authorize") authorizeRequests.push(url);
      if (url.pathname === "/api/v2/session/end") endSessionRequests.push(url);
    });

    await new ProConnectFlow(page).signIn(accounts.etat);
    await expect(page).toHaveURL(/\/comparaison$/);
    await expect(page.getByRole("heading", { level: 1, name: "Comparaison des territoires" })).toBeVisible();
    // Only the parameters ProConnect accepts; state and nonce long enough.
    const authorize = authorizeRequests[0]!;
    expect([...authorize.searchParams.keys()].sort()).toEqual(
      ["client_id", "nonce", "redirect_uri", "response_type", "scope", "state"].sort(),
    );
    expect(authorize.searchParams.get("state")!.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get("nonce")!.length).toBeGreaterThanOrEqual(32);

    await new SiteHeader(page).signOut();
    await expect(page.getByRole("status").filter({ hasText: "Vous êtes déconnecté·e" })).toBeVisible();
    expect(endSessionRequests).toHaveLength(1);
    expect([...endSessionRequests[0]!.searchParams.keys()].sort()).toEqual(
      ["id_token_hint", "post_logout_redirect_uri", "state"].sort(),
    );
    // The session is over: a page that needs one sends back to the login page.
    await page.goto("/comparaison");
    await expect(page).toHaveURL(/\/connexion/);

    // The identity is linked now: the next sign-in finds the account by ProConnect's sub.
    await new ProConnectFlow(page).signIn(accounts.etat);
    await expect(page).toHaveURL(/\/comparaison$/);

    // The account page shows the link, and removes it (the next sign-in links again, by e-mail).
    await page.goto("/compte");
    const section = page.getByRole("region", { name: "ProConnect" });
    await expect(section).toContainText(`lié à l'identité ProConnect ${accounts.etat}`);
    await section.getByRole("button", { name: "Retirer le lien avec ProConnect" }).click();
    await expect(section.getByText("Le lien avec ProConnect est retiré.")).toBeVisible();
    await expect(section).toContainText("n'est lié à aucune identité ProConnect");
    await new SiteHeader(page).signOut();
    await new ProConnectFlow(page).signIn(accounts.etat);
    await expect(page).toHaveURL(/\/comparaison$/);
    await new SiteHeader(page).signOut();
  });

  test("someone ProConnect knows but who has no account is told who gives access", async ({ page }) => {
    await new ProConnectFlow(page).signIn("agent.inconnu@interieur.gouv.fr");
    await expect(page).toHaveURL(/\/connexion\/proconnect\/acces-refuse$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Vous n’avez pas encore accès à TI Pilotage" }),
    ).toBeVisible();
    await expect(page.getByText("la préfecture de votre région", { exact: false }).first()).toBeVisible();
    await page.goto("/comparaison");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("a disabled account is refused", async ({ browser, page }) => {
    const disabled = await disableMember(browser, "Marie Lambert");

    await new ProConnectFlow(page).signIn(accounts.eluAxeSeine);
    await expect(page).toHaveURL(/\/connexion\?error=AccountDisabled/);
    await expect(new LoginPage(page).error()).toContainText("Ce compte est désactivé");

    await disabled.reactivate();
  });

  test("a return whose state was tampered with is refused", async ({ page }) => {
    // Chromium follows redirects without showing them to page.route: the provider's answer to the
    // login form is walked here instead (its resume step, then the redirect back to us), and the
    // browser is sent back with another state.
    let tampered = false;
    await page.route(
      (url) => url.pathname.startsWith("/api/v2/interaction/"),
      async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        const finished = await route.fetch({ maxRedirects: 0 });
        const resumeUrl = new URL(finished.headers().location!, route.request().url());
        const resumed = await page.context().request.get(resumeUrl.toString(), { maxRedirects: 0 });
        const back = new URL(resumed.headers().location!);
        expect(back.pathname).toBe("/api/auth/callback/proconnect");
        back.searchParams.set("state", "x".repeat(43));
        tampered = true;
        await route.fulfill({ status: 303, headers: { location: back.toString() } });
      },
    );

    await new ProConnectFlow(page).signIn(accounts.region);
    await expect(page).toHaveURL(/\/connexion\?.*error=OAuthCallback/);
    await expect(new LoginPage(page).error()).toContainText("n’a pas pu être vérifiée");
    expect(tampered).toBe(true);
    await page.goto("/comparaison");
    await expect(page).toHaveURL(/\/connexion/);
  });
});
