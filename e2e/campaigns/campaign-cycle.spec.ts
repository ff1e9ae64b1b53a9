import { expect, test } from "@playwright/test";
import { expectAccessible } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { todayInParis } from "../fixtures/dates";
import { ActionPage } from "../pages/action.pom";
import { CampaignReportPage, CampaignsPage } from "../pages/campaigns.pom";
import { LoginPage } from "../pages/login.pom";

// No other journey uses these two territories: their plans change here.
const HUISNE = { slug: "vallee-de-l-huisne", name: "Vallée de l'Huisne" };
const COLLINES = { slug: "collines-de-normandie", name: "Collines de Normandie" };
const chefHuisne = `chef-de-projet.${HUISNE.slug}@demo.ti-pilotage.fr`;
const binomeHuisne = `elu.${HUISNE.slug}@demo.ti-pilotage.fr`;

test("a follow-up campaign: opened by the Région, updated by the territory, submitted frozen, returned, resubmitted and accepted", async ({
  page,
}) => {
  // Four people sign in one after the other, several times.
  test.setTimeout(240_000);
  const today = todayInParis();
  const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const login = new LoginPage(page);
  const signInAs = async (email: string) => {
    await page.context().clearCookies();
    await login.signIn(email);
  };

  // The Région opens the campaign for two territories.
  await login.signIn(accounts.region);
  const campaigns = new CampaignsPage(page);
  const campaignUrl = await campaigns.open({
    name: "Bilan intermédiaire des Collines et de l'Huisne",
    asOf: today,
    deadline,
    territories: [HUISNE.name, COLLINES.name],
  });
  await expect(campaigns.completionTable().getByRole("row")).toHaveCount(3);
  const reportUrl = `${new URL(campaignUrl).pathname}/territoires/${HUISNE.slug}`;

  // The chef·fe de projet updates an action not yet updated in the period.
  await signInAs(chefHuisne);
  await page.goto(reportUrl);
  const report = new CampaignReportPage(page);
  const pending = report.actionsTable().getByRole("row").filter({ hasText: "À mettre à jour" }).first();
  const title = (await pending.getByRole("link").textContent())!;
  await pending.getByRole("link").click();
  await page.waitForURL(/\/actions\//);
  const actionUrl = page.url();
  const action = new ActionPage(page);
  await action.recordProgress("55", "En cours", "Point fait pour le bilan semestriel.");
  await page.goto(reportUrl);
  await expect(report.actionRow(title)).toContainText("À jour");
  // The chef·fe de projet completes; the binôme submits.
  await expect(page.getByRole("button", { name: "Transmettre le bilan" })).toHaveCount(0);

  await signInAs(binomeHuisne);
  await page.goto(reportUrl);
  await report.submit();
  const frozenRow = report.submittedActions().getByRole("row").filter({ hasText: title });
  await expect(frozenRow).toContainText("55 %");

  // A later point changes the plan, not the submitted report.
  await signInAs(chefHuisne);
  await page.goto(actionUrl);
  await action.recordProgress("80", "En cours", "Avancée après la transmission.");
  await page.goto(reportUrl);
  await expect(frozenRow).toContainText("55 %");
  await expect(frozenRow).not.toContainText("80 %");

  // The Région returns it with a comment; the binôme sees the comment, resubmits; the Région accepts.
  await signInAs(accounts.region);
  await page.goto(reportUrl);
  await report.returnWith("Précisez l'état des financements de la formation.");
  await signInAs(binomeHuisne);
  await page.goto(reportUrl);
  await expect(report.stateAlert()).toContainText("« Précisez l'état des financements de la formation. »");
  await report.submit();
  await signInAs(accounts.region);
  await page.goto(reportUrl);
  await report.accept();
  // The frozen report as the officer opens it: titled and accessible. (Checked on a fresh load: while
  // the accepted page refreshes in place, Next.js re-renders its metadata after its body, and axe
  // once caught the document between the two, without a title.)
  await page.goto(reportUrl);
  await expect(page).toHaveTitle(new RegExp(`^Bilan du territoire ${HUISNE.name}`));
  await expectAccessible(page);

  // The completion table shows it; the accepted reports export as a workbook.
  await page.goto(campaignUrl);
  await expect(campaigns.completionRow(HUISNE.name)).toContainText("Bilan accepté");
  await expect(campaigns.completionRow(COLLINES.name)).not.toContainText("Bilan");
  const workbook = await page.request.get(`${new URL(campaignUrl).pathname}/export?layout=territories`);
  expect(workbook.status()).toBe(200);
  expect(workbook.headers()["content-type"]).toContain("spreadsheetml");
});
