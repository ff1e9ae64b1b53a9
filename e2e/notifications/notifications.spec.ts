import { expect, test } from "@playwright/test";
import { expectAccessible } from "../fixtures/accessibility";
import { unsubscribePath } from "../fixtures/unsubscribe";
import { AccountPage } from "../pages/account.pom";
import { LoginPage } from "../pages/login.pom";
import { NotificationPreferences, NotificationsPage } from "../pages/notifications.pom";

// The demo seed gives each territory's chef·fe de projet the reminders about its late actions.
const SLUG = "caen-industrie";
const chef = `chef-de-projet.${SLUG}@demo.ti-pilotage.fr`;

test("a member follows the bell, marks a notification read, chooses preferences and unsubscribes from an e-mail link", async ({
  page,
}) => {
  await new LoginPage(page).signIn(chef);
  const notifications = new NotificationsPage(page);
  await expect(notifications.bell()).toHaveAccessibleName(/^Notifications, \d+ non lues?$/);
  const unread = await notifications.unreadCount();
  expect(unread).toBeGreaterThan(0);

  await notifications.openFromBell();
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await notifications.markFirstRead();
  const remaining = unread - 1;
  await expect(notifications.bell()).toHaveAccessibleName(
    remaining === 0 ? "Notifications" : new RegExp(`^Notifications, ${remaining} non lues?$`),
  );

  const account = new AccountPage(page);
  await account.goto();
  const preferences = new NotificationPreferences(page);
  await preferences.choose("Rappels sur les actions", "Dans le récapitulatif hebdomadaire");
  await preferences.save();
  await page.reload();
  await expect(preferences.choice("Rappels sur les actions", "Dans le récapitulatif hebdomadaire")).toBeChecked();

  // The member's account id, as the action form's "Personne contact du porteur" list gives it.
  const name = (
    await page
      .getByRole("link", { name: /^Mon compte \(/ })
      .first()
      .innerText()
  )
    .replace(/^Mon compte \(/, "")
    .replace(/\)$/, "");
  await page.goto(`/territoires/${SLUG}/actions/nouvelle`);
  const option = page.getByRole("combobox", { name: /Personne contact du porteur/ }).getByRole("option", {
    name: new RegExp(`^${name} \\(`),
  });
  const userId = await option.getAttribute("value");
  expect(userId).toBeTruthy();

  // Opening the link changes nothing; the button does, without a session.
  await page.context().clearCookies();
  await page.goto(unsubscribePath(userId!, "DECISION"));
  await expect(page.getByRole("heading", { level: 1, name: "Se désabonner" })).toBeVisible();
  await expect(page.getByText("« Décisions »")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer le désabonnement" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "vous ne recevrez plus les courriels « Décisions »" }),
  ).toBeVisible();

  const forged = await page.goto(`/desabonnement/v1.${userId}.DIGEST.signature-inventee`);
  expect(forged?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Lien de désabonnement non valide" })).toBeVisible();

  await new LoginPage(page).signIn(chef);
  await account.goto();
  await expect(preferences.choice("Décisions", "Jamais")).toBeChecked();
  await expect(preferences.choice("Récapitulatif hebdomadaire", "Recevoir")).toBeChecked();
});
