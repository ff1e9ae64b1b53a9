import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { JournalPage } from "../pages/journal.pom";
import { LoginPage } from "../pages/login.pom";
import { UsersAdminPage } from "../pages/users-admin.pom";

test("the State finds in the journal who disabled an account, filters it in the URL and exports it", async ({
  page,
}) => {
  await new LoginPage(page).signIn(accounts.etat);
  const users = new UsersAdminPage(page);
  await users.goto();
  await users.disable("Pierre Leroy");
  await expect(users.statusOf("Pierre Leroy")).toHaveText("Désactivé");
  await users.reactivate("Pierre Leroy");
  await expect(users.statusOf("Pierre Leroy")).toHaveText("Actif");

  const journal = new JournalPage(page);
  await journal.goto();
  await journal.filter({ person: "Pierre Leroy", kind: "Désactivation du compte" });
  await expect(page).toHaveURL(/[?&]person=[0-9a-f-]{36}/);
  await expect(page).toHaveURL(/[?&]kind=account\.disable/);
  const [row] = await journal.rows().all();
  await expect(row!).toContainText("Claire Dubois");
  await expect(row!).toContainText("Vallée de la Bresle");
  await expect(row!).toContainText("Compte : actif → désactivé");
  await expectNoSeriousAccessibilityViolation(page);

  const download = page.waitForEvent("download");
  await journal.exportLink().click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("\uFEFFDate;Auteur;Opération;Élément;Territoire;Détails");
  expect(text).toContain(
    "Claire Dubois;Désactivation du compte;Pierre Leroy;Vallée de la Bresle;Compte : actif → désactivé",
  );
});
