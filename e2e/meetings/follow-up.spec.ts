import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { MeetingPage } from "../pages/meetings.pom";

test("the dashboard follows the committee; the coming séance takes up open decisions and a flagged action; a member flags an action", async ({
  page,
}) => {
  await new LoginPage(page).signIn(accounts.industrielCaen);
  await page.goto("/territoires/caen-industrie");
  const followUp = page.getByRole("region", { name: "Suivi du comité" });
  await expect(followUp).toContainText(/Dernière séance : \d+ \S+ \d{4}/);
  const vigilance = page.getByRole("region", { name: "Points de vigilance" });
  await expect(vigilance.getByRole("link", { name: /^Décision en retard : / }).first()).toBeVisible();

  await followUp.getByRole("link", { name: /^Comité de pilotage du / }).click();
  const meeting = new MeetingPage(page);
  await expect(meeting.points().first()).toContainText("Décision d'une séance précédente à suivre");
  const flagged = meeting.points().filter({ hasText: "Signalée « à discuter en séance »" }).first();
  await expect(flagged).toBeVisible();

  // Planning took the flag up: the action may be flagged again, for the séance after.
  await flagged.getByRole("link").first().click();
  const flag = page.getByRole("region", { name: "À discuter en séance" });
  await expect(flag).toContainText("Cette action n'est pas signalée à discuter en séance.");
  await flag.getByLabel("Pourquoi en discuter ? (facultatif)").fill("Le calendrier dérape.");
  await flag.getByRole("button", { name: "Signaler à discuter en séance" }).click();
  await expect(flag).toContainText("« Le calendrier dérape. »");
  await flag.getByRole("button", { name: "Retirer le signalement" }).click();
  await expect(flag).toContainText("Cette action n'est pas signalée à discuter en séance.");
});
