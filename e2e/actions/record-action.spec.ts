import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ActionFormPage } from "../pages/action-form.pom";
import { ActionPlanPage } from "../pages/action-plan.pom";
import { ActionPage } from "../pages/action.pom";
import { LoginPage } from "../pages/login.pom";

const stamp = () => Date.now().toString(36);

test.describe("Record and follow actions", () => {
  test("an élu creates an action and records its progress; a member of another territory cannot open it", async ({
    page,
    browser,
  }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const form = new ActionFormPage(page);
    await form.gotoNew("axe-seine");
    const title = `Former les soudeurs de demain ${stamp()}`;
    await form.chooseLever("Compétences", "Accès aux compétences");
    await form.field("Titre").fill(title);
    await form.field("Description").fill("Deux sessions de formation qualifiante au soudage.");
    await form.field("Résultats attendus").fill("24 personnes formées, 18 embauchées.");
    await form.fillDate("Début prévu (facultatif)", "2026-09-01");
    await form.fillDate("Fin prévue (facultatif)", "2027-06-30");
    await form.select("Collège du porteur").selectOption({ label: "Industriels" });
    await form.field("Organisation porteuse").fill("Club des industriels de l'Axe Seine");
    await form.checkPilot("Marie Lambert");
    await form.field("Partenaires").fill("AFPA, France Travail");
    await form.field("Budget prévisionnel").fill("180 000");
    await form.addFundingLine(1, { funder: "Région", requested: "90000", granted: "60000" });
    await form.addIndicator(1, { label: "Personnes formées", unit: "personnes", target: "24", value: "0" });
    await form.submitNew();

    await expect(page).toHaveURL(/\/territoires\/axe-seine\/actions\/[0-9a-f-]{36}$/);
    const action = new ActionPage(page);
    await expect(action.heading(title)).toBeVisible();
    await expect(action.fundingTable().getByRole("row", { name: /^Région/ })).toContainText(/90\s000\s€/);
    await expect(action.indicatorTable().getByRole("row", { name: /^Personnes formées/ })).toContainText("24");
    const actionPath = new URL(page.url()).pathname;

    await action.recordProgress("30", "En cours", "Première session lancée avec 12 stagiaires.");
    await expect(action.progressSection()).toContainText("Première session lancée avec 12 stagiaires.");
    await action.recordProgress("60", "En cours", "Deuxième session ouverte, 8 embauches signées.");
    await expect(action.progressSection()).toContainText("Deuxième session ouverte, 8 embauches signées.");
    await expect(action.progressSection()).toContainText(/Avancement : 30\s%/);
    await expect(action.progressSection()).toContainText(/Avancement : 60\s%/);
    await expect(action.summary("Avancement")).toContainText(/60\s%/);

    const history = action.historySection().getByRole("listitem");
    await expect(history.filter({ hasText: /^Création — le/ })).toHaveCount(1);
    await expect(history.filter({ hasText: /^Point d'avancement — le/ })).toHaveCount(2);

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await new LoginPage(other).signIn(accounts.industrielCaen);
    for (const path of [actionPath, `${actionPath}/modifier`]) {
      const response = await other.goto(path);
      expect(response?.status()).toBe(404);
      await expect(other.getByText(title)).toHaveCount(0);
    }
    await otherContext.close();
  });

  test("an empty title and a negative amount are shown next to their fields and nothing is created", async ({
    page,
  }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const form = new ActionFormPage(page);
    await form.gotoNew("axe-seine");
    const organisation = `Atelier témoin ${stamp()}`;
    await form.chooseLever("Compétences");
    await form.select("Collège du porteur").selectOption({ label: "Élus" });
    await form.field("Organisation porteuse").fill(organisation);
    await form.addFundingLine(1, { funder: "État", requested: "-5000", granted: "0" });
    await form.submitNew();

    // The DSFR's error summary takes the focus, lists every error and leads to each field.
    const summary = form.formAlert();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Le formulaire contient 2 erreurs");
    await expect(summary.getByRole("link", { name: "Titre : Donnez un titre d'au moins 3 caractères." })).toBeVisible();
    await expect(form.field("Titre")).toHaveAccessibleDescription(/^Donnez un titre d'au moins 3 caractères\./);
    await summary.getByRole("link", { name: /^Titre/ }).click();
    await expect(form.field("Titre")).toBeFocused();
    const requested = form.fundingLine(1).getByRole("textbox", { name: /^Montant demandé/ });
    await expect(requested).toHaveAccessibleDescription(/^Le montant demandé ne peut pas être négatif\./);
    await expect(page).toHaveURL(/\/actions\/nouvelle$/);
    // What was typed stays, to be corrected rather than typed again.
    await expect(form.field("Organisation porteuse")).toHaveValue(organisation);
    await expect(requested).toHaveValue("-5000");
    await expectNoSeriousAccessibilityViolation(page);

    const plan = new ActionPlanPage(page);
    await plan.goto("axe-seine", `?q=${encodeURIComponent(organisation)}`);
    await expect(plan.noMatch()).toBeVisible();
  });

  test("a stale edit is refused with an offer to reload, never overwriting the newer change", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.industrielAxeSeine);
    const form = new ActionFormPage(page);
    await form.gotoNew("axe-seine");
    const title = `Forum des métiers de l'industrie ${stamp()}`;
    await form.chooseLever("Compétences", "Attractivité des métiers");
    await form.field("Titre").fill(title);
    await form.select("Collège du porteur").selectOption({ label: "Industriels" });
    await form.field("Organisation porteuse").fill("UIMM Rouen Dieppe");
    await form.submitNew();
    const action = new ActionPage(page);
    await expect(action.heading(title)).toBeVisible();
    const actionPath = new URL(page.url()).pathname;

    await action.link("Modifier").click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier l'action" })).toBeVisible();
    await expect(form.field("Titre")).toHaveValue(title);
    await expect(form.field("Organisation porteuse")).toHaveValue("UIMM Rouen Dieppe");

    // Meanwhile, someone records a point d'avancement in another tab.
    const otherTab = await page.context().newPage();
    await otherTab.goto(actionPath);
    await new ActionPage(otherTab).recordProgress("10", "En cours", "Salle réservée.");
    await otherTab.close();

    await form.field("Titre").fill(`${title} (modifié)`);
    await form.submitChanges();
    const conflict = form.formAlert();
    await expect(conflict).toContainText("modifiée par quelqu'un d'autre");
    await conflict.getByRole("button", { name: "Recharger la page" }).click();
    await expect(form.field("Titre")).toHaveValue(title);

    await form.field("Titre").fill(`${title} (modifié)`);
    await form.submitChanges();
    await expect(page).toHaveURL(new RegExp(`${actionPath}$`));
    await expect(action.heading(`${title} (modifié)`)).toBeVisible();
    await expect(action.summary("Avancement")).toContainText(/10\s%/);
  });

  test("the create form has no serious accessibility violation", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const form = new ActionFormPage(page);
    await form.gotoNew("axe-seine");
    await form.addFundingLine(1, { funder: "Europe", requested: "10000", granted: "0" });
    await form.addIndicator(1, { label: "Entreprises accompagnées" });
    await expectNoSeriousAccessibilityViolation(page);
  });
});
