import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import {
  demoCampaignPath,
  firstActionPath,
  firstManagedUserPath,
  firstMeetingPath,
  horizontalOverflow,
} from "../fixtures/pages";
import { LoginPage } from "../pages/login.pom";

// Every page, as the person who uses it: no accessibility violation at 1280, 640 and 320 px, and no
// sideways scrolling on a 390 px phone nor at 320 px.

async function checkPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    // Charts follow the new width once their ResizeObserver has fired: wait for the page to settle.
    await expect.poll(() => horizontalOverflow(page), { message: `${path} at ${width} px` }).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("Every page, at every width", () => {
  test("pages without a session", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of [
      "/connexion",
      "/connexion/mot-de-passe-oublie",
      "/connexion/invitation/lien-inconnu",
      "/connexion/proconnect/acces-refuse",
      "/desabonnement/lien-inconnu",
      "/sante",
    ]) {
      await checkPage(page, path);
    }
  });

  test("an élu's pages", async ({ page }) => {
    test.setTimeout(240_000);
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const action = await firstActionPath(page);
    for (const path of [
      "/territoires",
      "/territoires/axe-seine",
      "/territoires/axe-seine/actions",
      "/territoires/axe-seine/actions/nouvelle",
      "/territoires/axe-seine/actions/import",
      action,
      `${action}/modifier`,
      "/territoires/axe-seine/rapport",
      "/comparaison",
      "/compte",
      "/notifications",
    ]) {
      await checkPage(page, path);
    }
  });

  test("the binôme's follow-up campaign", async ({ page }) => {
    test.setTimeout(120_000);
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const campaign = await demoCampaignPath(page);
    for (const path of ["/campagnes", `${campaign}/territoires/axe-seine`]) await checkPage(page, path);
  });

  test("the chef·fe de projet's séances", async ({ page }) => {
    test.setTimeout(240_000);
    await new LoginPage(page).signIn(accounts.chefAxeSeine);
    const meeting = await firstMeetingPath(page);
    const past = await firstMeetingPath(page, "axe-seine", "past");
    for (const path of [
      "/territoires/axe-seine/seances",
      "/territoires/axe-seine/seances/nouvelle",
      meeting,
      `${meeting}/convocation`,
      past,
      `${past}/releve`,
      "/territoires/axe-seine/decisions",
    ]) {
      await checkPage(page, path);
    }
  });

  test("the State's pages", async ({ page }) => {
    test.setTimeout(240_000);
    await new LoginPage(page).signIn(accounts.etat);
    const user = await firstManagedUserPath(page);
    const campaign = await demoCampaignPath(page);
    for (const path of [
      "/comparaison",
      "/admin/utilisateurs",
      user,
      "/admin/journal",
      "/campagnes",
      "/campagnes/nouvelle",
      campaign,
    ]) {
      await checkPage(page, path);
    }
  });

  test("the administrator's pages", async ({ page }) => {
    test.setTimeout(120_000);
    await new LoginPage(page).signIn(accounts.admin);
    for (const path of ["/comparaison", "/comparaison?region=28", "/admin/boite-d-envoi"]) await checkPage(page, path);
  });
});

test.describe("Forms showing their errors", () => {
  test("sign-in, password reset and account forms", async ({ page }) => {
    test.setTimeout(120_000);
    const login = new LoginPage(page);
    await login.goto();
    await login.submit("personne@exemple.fr", "pas le bon mot de passe");
    await expect(login.error()).toBeVisible();
    await expectAccessible(page);
    await page.goto("/connexion/mot-de-passe-oublie");
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await expect(page.getByText(/Saisissez une adresse électronique valide/).first()).toBeVisible();
    await expectAccessible(page);
    await login.signIn(accounts.industrielCaen);
    await page.goto("/compte");
    await page.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await expect(page.getByText("Saisissez votre mot de passe actuel.").first()).toBeVisible();
    await expectAccessible(page);
  });

  test("action and point forms", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    await page.goto("/territoires/axe-seine/actions/nouvelle");
    await page.getByRole("button", { name: "Créer l'action" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient" })).toBeFocused();
    await expectAccessible(page);
    await page.goto(await firstActionPath(page));
    await page.getByRole("button", { name: "Enregistrer le point d'avancement" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient" })).toBeFocused();
    await expectAccessible(page);
  });

  test("invitation form", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.etat);
    await page.goto("/admin/utilisateurs");
    await page.getByRole("button", { name: "Envoyer l'invitation", exact: true }).click();
    await expect(page.getByText("Saisissez le prénom et le nom.").first()).toBeVisible();
    await expectAccessible(page);
  });
});
