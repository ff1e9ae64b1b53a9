import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { UsersAdminPage } from "../pages/users-admin.pom";

test("the State gives a member a second committee, which they see at their next sign-in", async ({ browser }) => {
  const stateContext = await browser.newContext();
  const state = await stateContext.newPage();
  await new LoginPage(state).signIn(accounts.etat);
  const users = new UsersAdminPage(state);
  await users.goto();
  await users.openAccess("Nadia Benali");
  await expect(state.getByRole("heading", { level: 1, name: "Modifier l'accès de Nadia Benali" })).toBeVisible();
  const committees = state.getByRole("group", { name: "Comités de pilotage" });
  await expect(committees.getByRole("checkbox", { name: "Caen Industrie" })).toBeChecked();
  await committees.getByText("Lisieux Industrie").click();
  await state.getByRole("button", { name: "Enregistrer l'accès" }).click();
  await expect(state.getByRole("status").filter({ hasText: "Accès modifié." })).toBeVisible();

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await new LoginPage(member).signIn(accounts.industrielCaen);
  await expect(member.getByRole("heading", { level: 1, name: "Bonjour Nadia Benali" })).toBeVisible();
  await expect(member.getByRole("link", { name: "Lisieux Industrie" })).toBeVisible();
  await expect(member.getByRole("link", { name: "Caen Industrie" })).toBeVisible();

  // Put the shared demo account back as it was.
  await state.reload();
  await expect(committees.getByRole("checkbox", { name: "Lisieux Industrie" })).toBeChecked();
  await committees.getByText("Lisieux Industrie").click();
  await state.getByRole("button", { name: "Enregistrer l'accès" }).click();
  await expect(state.getByRole("status").filter({ hasText: "Accès modifié." })).toBeVisible();
  await memberContext.close();
  await stateContext.close();
});
