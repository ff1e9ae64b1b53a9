import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { MeetingPage, MeetingsPage } from "../pages/meetings.pom";

function dayFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test("the chef·fe de projet plans a séance whose ordre du jour comes from the plan, then edits it; the Région reads it", async ({
  page,
}) => {
  await new LoginPage(page).signIn(accounts.chefAxeSeine);
  const meetings = new MeetingsPage(page);
  await meetings.goto("axe-seine");
  await meetings.plan({ day: dayFromToday(40), time: "09:30", place: "Hôtel de la Métropole, Rouen" });

  await expect(page.getByRole("heading", { level: 1, name: /^Comité de pilotage du .* 09:30$/ })).toBeVisible();
  const meeting = new MeetingPage(page);
  // Proposed from the plan: a late action of Axe Seine, with its state at a glance.
  const late = meeting.points().filter({ hasText: "En retard ou bloquée" }).first();
  await expect(late).toBeVisible();
  await expect(late.getByText(/Avancement \d+\s%/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Chef·fe de projet" })).toBeVisible();

  await meeting.addPoint("Questions diverses");
  await expect(meeting.points().last()).toContainText("Questions diverses");
  const count = await meeting.points().count();
  await page.getByRole("button", { name: `Monter le point ${count}` }).click();
  await expect(meeting.points().nth(count - 2)).toContainText("Questions diverses");
  await page.getByRole("button", { name: `Retirer le point ${count - 1}` }).click();
  await expect(meeting.points()).toHaveCount(count - 1);
  const url = page.url();

  // The Région follows the territory: it reads the séance, and cannot change it.
  await page.context().clearCookies();
  await new LoginPage(page).signIn(accounts.region);
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 2, name: "Ordre du jour" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Monter/ })).toHaveCount(0);
  await page.goto("/territoires/axe-seine/seances");
  await expect(page.getByRole("link", { name: "Planifier une séance" })).toHaveCount(0);
});
