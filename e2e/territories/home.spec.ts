import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { TerritoriesPage } from "../pages/territories.pom";

test.describe("Territories of the programme", () => {
  test.beforeEach(async ({ page }) => {
    await new LoginPage(page).signIn(accounts.admin);
  });

  test("lists the 10 Normandy territories with their intercommunalities and levers", async ({ page }) => {
    const territories = new TerritoriesPage(page);
    await territories.goto();

    await expect(territories.heading()).toBeVisible();
    await expect(territories.regionSection("Normandie")).toBeVisible();
    await expect(territories.territories()).toHaveCount(10);

    const axeSeine = territories.territory("Axe Seine");
    await expect(axeSeine.getByRole("row")).toHaveCount(10); // header + 9 intercommunalities
    const codah = territories.intercommunalityRow("Axe Seine", "CODAH");
    await expect(codah).toContainText("Le Havre Seine Métropole");

    const bresle = territories.territory("Vallée de la Bresle");
    await expect(bresle).toContainText("Normandie, Hauts-de-France");

    for (const lever of ["Compétences", "Attractivité", "Infrastructures"]) {
      await expect(page.getByRole("heading", { level: 3, name: lever })).toBeVisible();
    }
  });

  test("has no serious or critical accessibility violation", async ({ page }) => {
    await new TerritoriesPage(page).goto();
    await expectNoSeriousAccessibilityViolation(page);
  });
});
