import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ActionPage } from "../pages/action.pom";
import { ActionPlanPage } from "../pages/action-plan.pom";
import { LoginPage } from "../pages/login.pom";

test("the Région records its commitment on an action of a territory it follows, without edit rights", async ({
  page,
}) => {
  await new LoginPage(page).signIn(accounts.region);
  const plan = new ActionPlanPage(page);
  await plan.goto("axe-seine");
  await expect(page.getByRole("link", { name: "Nouvelle action" })).toHaveCount(0);
  const title = "Campus des métiers de l'industrie de l'Axe Seine";
  await plan.table().getByRole("link", { name: title }).click();

  const action = new ActionPage(page);
  await expect(action.heading(title)).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolation(page);
  await action.recordInstitutionFunding("75000", "60000");
  await expect(action.fundingTable().getByRole("row").filter({ hasText: "Région" })).toContainText("60 000");
  await expect(action.historySection()).toContainText("Engagement financier");
});
