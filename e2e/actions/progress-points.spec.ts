import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { todayInParis } from "../fixtures/dates";
import { ActionFormPage } from "../pages/action-form.pom";
import { ActionPage } from "../pages/action.pom";
import { LoginPage } from "../pages/login.pom";

test("a point is an observation: no future date, no empty point, and a wrong one is corrected or withdrawn with its trace", async ({
  page,
}) => {
  await new LoginPage(page).signIn(accounts.industrielAxeSeine);
  const form = new ActionFormPage(page);
  await form.gotoNew("axe-seine");
  const title = `Atelier de maintenance partagé ${Date.now().toString(36)}`;
  await form.chooseLever("Compétences");
  await form.field("Titre").fill(title);
  await form.select("Statut").selectOption({ label: "En cours" });
  await page.getByRole("spinbutton", { name: /^Avancement/ }).fill("10");
  await form.select("Collège du porteur").selectOption({ label: "Industriels" });
  await form.field("Organisation porteuse").fill("Club des industriels de l'Axe Seine");
  await form.submitNew();
  const action = new ActionPage(page);
  await expect(action.heading(title)).toBeVisible();
  await expect(action.summary("Avancement")).toContainText(/10\s%/);

  // An untouched form records nothing; a date in the future is refused.
  const untouched = await action.submitProgressForm();
  await expect(untouched).toContainText("Avancement : Saisissez l'avancement, entre 0 et 100 %.");
  await action
    .progressSection()
    .getByRole("spinbutton", { name: /^Nouvel avancement/ })
    .fill("70");
  await action.progressSection().getByLabel("Date du point").fill("2099-03-01");
  const future = await action.submitProgressForm();
  await expect(future).toContainText("sa date ne peut pas être dans le futur");
  await future.getByRole("link", { name: /^Date du point/ }).click();
  await expect(action.progressSection().getByLabel("Date du point")).toBeFocused();
  await expect(action.progressSection().getByRole("listitem").filter({ hasText: "Saisi par" })).toHaveCount(1);

  // A wrong point, corrected: the action follows, the history keeps the value before.
  await action.progressSection().getByLabel("Date du point").fill(todayInParis());
  await action.recordProgress("80", "En cours", "Coquille : c'était 40 %");
  await expect(action.summary("Avancement")).toContainText(/80\s%/);
  const wrong = action.progressSection().getByRole("listitem").filter({ hasText: "Coquille" });
  await action.correctPoint(wrong, "40", "Quatre machines sur dix installées");
  await expect(action.summary("Avancement")).toContainText(/40\s%/);
  const history = action.historySection().getByRole("listitem");
  await expect(history.filter({ hasText: /^Correction d'un point d'avancement — le/ })).toContainText(
    /Avant : point du .* 80\s%/,
  );

  // Withdrawn: the action takes back the state of its previous point.
  const corrected = action.progressSection().getByRole("listitem").filter({ hasText: "Quatre machines" });
  await action.withdrawPoint(corrected);
  await expect(action.summary("Avancement")).toContainText(/10\s%/);
  await expect(history.filter({ hasText: /^Retrait d'un point d'avancement — le/ })).toContainText(/Retiré : point du/);
  // The only point left can be corrected, not withdrawn.
  await expect(action.progressSection().getByRole("button", { name: "Retirer ce point" })).toHaveCount(0);
});

test("the edit form no longer changes the progress: it says where to record it", async ({ page }) => {
  await new LoginPage(page).signIn(accounts.eluAxeSeine);
  await page.goto("/territoires/axe-seine/actions");
  await page.getByRole("table").getByRole("rowheader").getByRole("link").first().click();
  await page.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Calendrier" })).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: /Avancement/ })).toHaveCount(0);
  await expect(page.getByText(/Ils changent en enregistrant un point d'avancement/)).toBeVisible();
});
