import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ActionFormPage } from "../pages/action-form.pom";
import { ActionPlanPage } from "../pages/action-plan.pom";
import { ActionPage } from "../pages/action.pom";
import { LoginPage } from "../pages/login.pom";

const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;

/** Creates a late, blocked action through the create page; the demo data may hold no action. */
async function createLateAction(page: Page, title: string): Promise<void> {
  const form = new ActionFormPage(page);
  await form.gotoNew("axe-seine");
  await form.field("Titre").fill(title);
  await form.chooseLever("Compétences");
  await form.select("Statut").selectOption({ label: "Bloquée" });
  await page.getByRole("spinbutton", { name: /^Avancement/ }).fill("45");
  await form.fillDate("Début prévu (facultatif)", "2025-01-06");
  await form.fillDate("Fin prévue (facultatif)", "2025-12-19");
  await form.select("Collège du porteur").selectOption({ label: "Industriels" });
  await form.field("Organisation porteuse").fill("UIMM Rouen Dieppe");
  await form.addFundingLine(1, { funder: "État", requested: "100000", granted: "80000" });
  await form.addFundingLine(2, { funder: "Région", requested: "50000", granted: "20000" });
  await form.addIndicator(1, { label: "Personnes formées", unit: "personnes", target: "60", value: "12" });
  await form.submitNew();
  await expect(page).toHaveURL(/\/territoires\/axe-seine\/actions\/[0-9a-f-]{36}$/);
  await expect(new ActionPage(page).heading(title)).toBeVisible();
}

test.describe("Action plan of a territory", () => {
  test("an élu finds an action with filters kept in the URL, and sorts the plan", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const plan = new ActionPlanPage(page);
    await plan.goto("axe-seine");
    await expect(plan.tableOrEmptyState()).toBeVisible();
    await expect(plan.link("Nouvelle action")).toBeVisible();
    await expect(plan.link("Importer")).toBeVisible();

    const title = uniqueTitle("Parcours maintenance industrielle");
    await createLateAction(page, title);
    await plan.goto("axe-seine");

    await plan.search(title);
    await plan.onlyLate();
    await plan.applyFilters();
    await expect(page).toHaveURL(/[?&]late=1(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(title).replace(/%20/g, "\\+")}`));
    const row = plan.row(title);
    await expect(row).toBeVisible();
    await expect(row).toContainText("Bloquée");
    await expect(row).toContainText("En retard");
    await expect(row).toContainText(/45\s%/);
    await expect(row).toContainText("19 décembre 2025");
    await expect(row).toContainText("UIMM Rouen Dieppe");
    await expect(plan.link("Exporter (CSV)")).toHaveAttribute("href", /\/actions\/export\?format=csv&late=1&q=/);

    // The shared URL opens the same view.
    await page.goto(page.url());
    await expect(plan.row(title)).toBeVisible();
    await expect(page.getByRole("searchbox", { name: /^Rechercher/ })).toHaveValue(title);

    await plan.chooseFilter("Statut", "Réalisée");
    await plan.applyFilters();
    await expect(page).toHaveURL(/[?&]status=REALISEE(&|$)/);
    await expect(plan.noMatch()).toBeVisible();

    await plan.goto("axe-seine");
    await plan.sortBy("Avancement");
    await expect(page).toHaveURL(/[?&]sort=progress&order=asc/);
    await expect(plan.columnHeader("Avancement")).toHaveAttribute("aria-sort", "ascending");
    await expectNoSeriousAccessibilityViolation(page);
  });

  test("the action page shows funding, indicators, progress points and history; the binôme archives it", async ({
    page,
  }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const title = uniqueTitle("Navette vers les zones d'activité");
    await createLateAction(page, title);
    const action = new ActionPage(page);

    await expect(action.summary("Avancement")).toContainText(/45\s%/);
    await expect(action.summary("Statut")).toContainText("Bloquée");
    await expect(action.summary("Statut")).toContainText("En retard");
    await expect(action.fundingTable().getByRole("row", { name: /^Total/ })).toContainText(/150\s000\s€.*100\s000\s€/);
    await expect(action.indicatorTable().getByRole("row", { name: /^Personnes formées/ })).toContainText("60");
    await expect(action.historySection()).toContainText("Création");
    await expect(action.link("Modifier")).toBeVisible();
    await expectNoSeriousAccessibilityViolation(page);

    await action.recordProgress("60", "En cours", "Les formateurs sont recrutés.");
    await expect(action.progressSection()).toContainText("Les formateurs sont recrutés.");
    await expect(action.historySection()).toContainText("Point d'avancement");
    await expect(action.historySection()).toContainText(/Statut : Bloquée\s*→\s*devient En cours/);

    await action.archive();
    const plan = new ActionPlanPage(page);
    await expect(plan.heading()).toBeVisible();
    await expect(plan.successNotice()).toBeVisible();
    await plan.goto("axe-seine", `?q=${encodeURIComponent(title)}`);
    await expect(plan.noMatch()).toBeVisible();
  });

  test("the administrator reads the journal; an élu has no journal", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const title = uniqueTitle("Foncier industriel");
    await createLateAction(page, title);
    await expect(page.getByRole("link", { name: "Journal" })).toHaveCount(0);
    const response = await page.goto("/admin/journal");
    expect(response?.status()).toBe(404);

    await page.context().clearCookies();
    await new LoginPage(page).signIn(accounts.admin);
    await page.getByRole("link", { name: "Journal" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
    await expect(row).toContainText("Création");
    await expect(row).toContainText("Axe Seine");
    await expectNoSeriousAccessibilityViolation(page);
  });

  test("an industriel of Caen Industrie cannot open the plan of Axe Seine", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.industrielCaen);
    const response = await page.goto("/territoires/axe-seine/actions");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
  });
});
