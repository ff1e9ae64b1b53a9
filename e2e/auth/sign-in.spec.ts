import { expect, test } from "@playwright/test";
import { accounts, DEMO_PASSWORD } from "../fixtures/accounts";
import { SiteHeader } from "../pages/header.pom";
import { LoginPage } from "../pages/login.pom";

test.describe("Sign-in", () => {
  const homes = [
    { college: "élu", email: accounts.eluAxeSeine, url: /\/territoires\/axe-seine$/, heading: "Axe Seine" },
    {
      college: "industriel",
      email: accounts.industrielCaen,
      url: /\/territoires\/caen-industrie$/,
      heading: "Caen Industrie",
    },
    { college: "Région", email: accounts.region, url: /\/comparaison$/, heading: "Comparaison des territoires" },
    { college: "État", email: accounts.etat, url: /\/comparaison$/, heading: "Comparaison des territoires" },
    { college: "administrateur", email: accounts.admin, url: /\/comparaison$/, heading: "Comparaison des territoires" },
  ];
  for (const home of homes) {
    test(`an ${home.college} lands on their home`, async ({ page }) => {
      await new LoginPage(page).signIn(home.email);
      await expect(page).toHaveURL(home.url);
      await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    });
  }

  test("every page but the login page needs a session", async ({ page }) => {
    for (const path of [
      "/",
      "/territoires",
      "/comparaison",
      "/territoires/axe-seine",
      "/compte",
      "/admin/utilisateurs",
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/connexion/);
    }
  });

  test("a wrong password is refused with the same message as an unknown email", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.submit(accounts.region, "pas le bon mot de passe");
    await expect(login.error()).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await login.submit("personne@exemple.fr", DEMO_PASSWORD);
    await expect(login.error()).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("the sixth rapid wrong password is throttled", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await login.submit(accounts.eluBresle, `mauvais mot de passe ${attempt}`);
      await expect(login.error()).toHaveText("Adresse électronique ou mot de passe incorrect.");
    }
    await login.submit(accounts.eluBresle, DEMO_PASSWORD);
    await expect(login.error()).toHaveText("Trop de tentatives de connexion. Réessayez dans 15 minutes.");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("a client rotating X-Forwarded-For is still throttled: the address is the connection's", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    const email = `inconnu.${Date.now()}@exemple.fr`;
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${attempt}` });
      await login.submit(email, `mauvais mot de passe ${attempt}`);
      await expect(login.error()).toHaveText("Adresse électronique ou mot de passe incorrect.");
    }
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.99" });
    await login.submit(email, "encore un autre essai");
    await expect(login.error()).toHaveText("Trop de tentatives de connexion. Réessayez dans 15 minutes.");
  });

  test("after logout the old session cookie no longer works", async ({ page, context, browser }) => {
    await new LoginPage(page).signIn(accounts.industrielAxeSeine);
    const stolenCookies = await context.cookies();
    await new SiteHeader(page).signOut();

    const replay = await browser.newContext();
    await replay.addCookies(stolenCookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/territoires/axe-seine");
    await expect(replayPage).toHaveURL(/\/connexion/);
    await replay.close();
  });
});
