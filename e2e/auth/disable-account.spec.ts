import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { disableMember } from "../pages/users-admin.pom";

test("a disabled user's open session stops working on the next request", async ({ browser }) => {
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await new LoginPage(member).signIn(accounts.eluAxeSeine);
  await expect(member.getByRole("heading", { level: 1, name: "Axe Seine" })).toBeVisible();

  const disabled = await disableMember(browser, "Marie Lambert");

  await member.reload();
  await expect(member).toHaveURL(/\/connexion/);

  await disabled.reactivate();
  await memberContext.close();
});
