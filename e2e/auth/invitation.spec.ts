import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { UsersAdminPage } from "../pages/users-admin.pom";

test("an invited élu chooses a password from the one-time link and signs in", async ({ browser }) => {
  const email = `camille.petit.${Date.now()}@exemple.fr`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new LoginPage(admin).signIn(accounts.admin);

  await admin.goto("/admin/utilisateurs");
  await admin.getByRole("textbox", { name: "Prénom et nom" }).fill("Camille Petit");
  await admin.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
  await admin.getByRole("textbox", { name: /Organisation/ }).fill("CC Cœur du Perche");
  await admin.getByRole("combobox", { name: "Collège" }).selectOption({ label: "Élu·e" });
  const committees = admin.getByRole("group", { name: "Comités de pilotage" });
  // The DSFR draws the box over the native input: click its label, as a person does.
  await committees.getByText("Vallée de l'Huisne").click();
  await expect(committees.getByRole("checkbox", { name: "Vallée de l'Huisne" })).toBeChecked();
  await admin.getByRole("button", { name: "Envoyer l'invitation", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Invitation créée." })).toBeVisible();

  await admin.goto("/admin/boite-d-envoi");
  const message = admin.getByRole("article").filter({ hasText: email });
  const link = (await message.textContent())?.match(/https?:\/\/\S+\/connexion\/invitation\/[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(new URL(link!).pathname);
  await expectNoSeriousAccessibilityViolation(invitee);
  await invitee.getByLabel("Nouveau mot de passe").fill("le perche avance bien");
  await invitee.getByLabel("Confirmation du mot de passe").fill("le perche avance bien");
  await invitee.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(invitee).toHaveURL(/\/connexion\?message=mot-de-passe-modifie/);

  await new LoginPage(invitee).signIn(email, "le perche avance bien");
  await expect(invitee.getByRole("heading", { level: 1, name: "Vallée de l'Huisne" })).toBeVisible();
  await adminContext.close();
  await inviteeContext.close();
});

test("the login page has no serious accessibility violation", async ({ page }) => {
  await new LoginPage(page).goto();
  await expectNoSeriousAccessibilityViolation(page);
});

test("without a mail server, the State sees the invitation link it sent, and the email in its own outbox", async ({
  page,
}) => {
  const email = `lea.girard.${Date.now()}@exemple.fr`;
  await new LoginPage(page).signIn(accounts.etat);
  const users = new UsersAdminPage(page);
  await users.goto();
  await users.inviteElu({
    name: `Léa Girard ${Date.now()}`,
    email,
    organisation: "CA Flers Agglo",
    territory: "Collines de Normandie",
    message: "Invitation créée.",
  });
  const link = page.getByRole("textbox", { name: "Lien d'invitation" });
  await expect(link).toHaveValue(/\/connexion\/invitation\/[\w-]{43}$/);
  const url = await link.inputValue();

  await page.getByRole("link", { name: "Boîte d'envoi" }).first().click();
  const message = page.getByRole("article").filter({ hasText: email });
  await expect(message).toContainText(url);
  await expect(message).toContainText("en tant qu'élu·e du comité de pilotage du territoire Collines de Normandie");
});
