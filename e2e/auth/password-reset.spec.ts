import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { OutboxPage } from "../pages/outbox.pom";
import { UsersAdminPage } from "../pages/users-admin.pom";

test("a renewed invitation replaces the old link, and a forgotten password is reset from a one-time link", async ({
  browser,
}) => {
  // One person's whole journey over four browsers (administrator, invitee, phone, a replay): longer
  // than the default 30 s on two shared cores.
  test.setTimeout(120_000);
  const person = {
    name: `Lucie Moreau ${Date.now()}`,
    email: `lucie.moreau.${Date.now()}@exemple.fr`,
    organisation: "CC Cœur du Perche",
    territory: "Vallée de l'Huisne",
  };
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new LoginPage(admin).signIn(accounts.admin);
  const users = new UsersAdminPage(admin);
  const outbox = new OutboxPage(admin);
  await users.goto();
  await users.inviteElu(person);
  const firstLink = await outbox.newestLinkTo(person.email, "/connexion/invitation/");

  // The invitation was lost: the administrator sends it again; only the new link works.
  await users.goto();
  await users.resendInvitation(person.name);
  const secondLink = await outbox.newestLinkTo(person.email, "/connexion/invitation/");
  expect(secondLink).not.toBe(firstLink);

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const inviteeLogin = new LoginPage(invitee);
  await invitee.goto(firstLink);
  await inviteeLogin.choosePassword("le perche avance bien");
  await expect(inviteeLogin.error()).toContainText("n'est plus valable");
  await invitee.goto(secondLink);
  await inviteeLogin.choosePassword("le perche avance bien");
  await expect(invitee).toHaveURL(/\/connexion\?message=mot-de-passe-modifie/);
  await inviteeLogin.signIn(person.email, "le perche avance bien");
  await expect(invitee.getByRole("heading", { level: 1, name: "Vallée de l'Huisne" })).toBeVisible();

  // Later, on another device, the password is forgotten.
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  const phoneLogin = new LoginPage(phone);
  await phoneLogin.requestPasswordReset(person.email);
  await expectNoSeriousAccessibilityViolation(phone);
  // An address without an account gets the very same answer.
  await phoneLogin.requestPasswordReset(`personne.${Date.now()}@exemple.fr`);

  const resetLink = await outbox.newestLinkTo(person.email, "/connexion/nouveau-mot-de-passe/");
  await phone.goto(resetLink);
  await expect(phone.getByRole("heading", { level: 1, name: "Choisir un nouveau mot de passe" })).toBeVisible();
  await phoneLogin.choosePassword("la vallée tient ses promesses");
  await expect(phone).toHaveURL(/\/connexion\?message=mot-de-passe-modifie/);

  // The session opened with the old password is over; the new password opens a new one.
  await invitee.reload();
  await expect(invitee).toHaveURL(/\/connexion/);
  await phoneLogin.signIn(person.email, "la vallée tient ses promesses");
  await expect(phone.getByRole("heading", { level: 1, name: "Vallée de l'Huisne" })).toBeVisible();

  // The link served once.
  const reuseContext = await browser.newContext();
  const reuse = await reuseContext.newPage();
  await reuse.goto(resetLink);
  await new LoginPage(reuse).choosePassword("encore une autre phrase");
  await expect(new LoginPage(reuse).error()).toContainText("n'est plus valable");

  for (const context of [adminContext, inviteeContext, phoneContext, reuseContext]) await context.close();
});
