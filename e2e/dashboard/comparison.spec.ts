import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ComparisonPage } from "../pages/comparison.pom";
import { LoginPage } from "../pages/login.pom";

test.describe("Comparison of territories", () => {
  test("the Région Normandie compares every territory of Normandie and opens one's dashboard", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.region);
    const comparison = new ComparisonPage(page);
    await comparison.goto();

    await expect(comparison.scope("Normandie")).toBeVisible();
    await expect(comparison.gridRows()).toHaveCount(10);
    await expect(comparison.gridColumns()).toHaveText(["Territoire", "Compétences", "Attractivité", "Infrastructures"]);
    await expect(comparison.chart("Actions par statut")).toBeVisible();
    await expect(comparison.chart("Financements demandés et accordés")).toBeVisible();

    await comparison.openTerritory("Vallée de la Bresle");
    await expect(page).toHaveURL(/\/territoires\/vallee-de-la-bresle$/);
    await expect(page.getByRole("heading", { level: 1, name: /Vallée de la Bresle/ })).toBeVisible();
  });

  test("the administrator compares regions, then opens Normandie's territories", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.admin);
    const comparison = new ComparisonPage(page);
    await comparison.goto();

    await expect(comparison.scope("Toutes les régions")).toBeVisible();
    await expect(comparison.grid()).toHaveCount(0);
    await expect(comparison.gridRows("région")).toHaveText([/^Normandie/]);
    await expect(page.getByRole("combobox", { name: "Région" })).toHaveValue("");

    await comparison.openRegion("Normandie");
    await expect(page).toHaveURL(/\/comparaison\?region=28$/);
    await expect(comparison.scope("Normandie")).toBeVisible();
    await expect(comparison.gridRows()).toHaveCount(10);
    await expect(page.getByRole("combobox", { name: "Région" })).toHaveValue("28");
    await expectNoSeriousAccessibilityViolation(page);
  });

  test("the lever filter lands in the URL and narrows the grid", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.etat);
    const comparison = new ComparisonPage(page);
    await comparison.goto();

    await comparison.filterByLever("Compétences");
    await expect(page).toHaveURL(/[?&]lever=COMPETENCES/);
    await expect(comparison.gridColumns()).toHaveText(["Territoire", "Compétences"]);
    await expect(comparison.gridRows()).toHaveCount(10);
  });

  test("the Région Hauts-de-France sees only Vallée de la Bresle", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.regionHautsDeFrance);
    const comparison = new ComparisonPage(page);
    await comparison.goto();

    await expect(comparison.gridRows()).toHaveCount(1);
    await expect(comparison.gridRows().first().getByRole("rowheader")).toHaveText("Vallée de la Bresle");
  });

  test("an élu reaches the comparison from the header and sees only their territory", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    await page.getByRole("link", { name: "Comparaison", exact: true }).first().click();
    const comparison = new ComparisonPage(page);
    await expect(comparison.heading()).toBeVisible();

    await expect(comparison.scope("Mes territoires")).toBeVisible();
    await expect(comparison.gridRows()).toHaveCount(1);
    await expect(comparison.gridRows().first().getByRole("rowheader")).toHaveText("Axe Seine");
  });

  test("has no serious or critical accessibility violation", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.region);
    await new ComparisonPage(page).goto();
    await expectNoSeriousAccessibilityViolation(page);
  });
});
