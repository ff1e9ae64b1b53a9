import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { UsersAdminPage } from "../pages/users-admin.pom";

test("a disabled user's open session stops working on the next request", async ({ browser }) => {
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await new LoginPage(member).signIn(accounts.eluAxeSeine);
  await expect(member.getByRole("heading", { level: 1, name: "Axe Seine" })).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new LoginPage(admin).signIn(accounts.etat);
  const users = new UsersAdminPage(admin);
  await users.goto();
  await users.disable("Marie Lambert");
  await expect(users.statusOf("Marie Lambert")).toHaveText("Désactivé");

  await member.reload();
  await expect(member).toHaveURL(/\/connexion/);

  // Leave the shared demo data as it was for the other tests.
  await users.reactivate("Marie Lambert");
  await expect(users.statusOf("Marie Lambert")).toHaveText("Actif");
  await memberContext.close();
  await adminContext.close();
});
