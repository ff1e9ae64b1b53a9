import { expect, test } from "@playwright/test";
import { accounts, DEMO_PASSWORD } from "../fixtures/accounts";
import { ActionPage } from "../pages/action.pom";
import { LoginPage } from "../pages/login.pom";
import { PhoneMenu } from "../pages/phone-menu.pom";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a phone, an industriel signs in, records a point from the menu's pages, sees it on the dashboard and signs out", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const login = new LoginPage(page);
  await login.goto();
  // The DSFR's JavaScript runs: "Afficher" shows the password.
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByText("Afficher", { exact: true }).click();
  await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveAttribute("type", "text");
  await login.submit(accounts.industrielAxeSeine, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Axe Seine" })).toBeVisible();

  const menu = new PhoneMenu(page);
  await menu.navigate("Territoires");
  await expect(page.getByRole("heading", { level: 1, name: /Territoires/ })).toBeVisible();
  await page.goto("/territoires/axe-seine");
  const averageTile = page.getByRole("group", { name: "Avancement moyen" });
  const before = await averageTile.locator(".ti-tile__value").textContent();

  await page.getByRole("link", { name: "Plan d'actions", exact: true }).click();
  await page.getByRole("table").getByRole("rowheader").getByRole("link").first().click();
  const action = new ActionPage(page);
  const current = Number((await action.summary("Avancement").textContent())?.match(/(\d+)\s%/)?.[1] ?? 0);
  const next = current >= 50 ? "5" : "95";
  await action.recordProgress(next, "En cours", "Relevé sur le terrain, depuis un téléphone.");
  await expect(action.summary("Avancement")).toContainText(new RegExp(`${next}\\s%`));

  await page.getByRole("button", { name: "Voir le fil d’Ariane" }).click();
  await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Axe Seine" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Axe Seine" })).toBeVisible();
  await expect(averageTile.locator(".ti-tile__value")).not.toHaveText(before ?? "");

  await menu.signOut();
  await page.goto("/territoires/axe-seine");
  await expect(page).toHaveURL(/\/connexion/);
});

test("on a phone the breadcrumb unfolds", async ({ page }) => {
  await new LoginPage(page).signIn(accounts.region);
  await page.goto("/territoires/axe-seine/rapport");
  await page.getByRole("button", { name: "Voir le fil d’Ariane" }).click();
  await expect(page.getByRole("link", { name: "Axe Seine" }).first()).toBeVisible();
});
