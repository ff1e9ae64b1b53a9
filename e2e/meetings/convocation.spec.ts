import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { MeetingPage, MeetingsPage } from "../pages/meetings.pom";
import { OutboxPage } from "../pages/outbox.pom";

test("convocations reach the outbox with a calendar invitation that parses, and a participant answers", async ({
  page,
}) => {
  const day = new Date(Date.now() + 50 * 86_400_000).toISOString().slice(0, 10);
  await new LoginPage(page).signIn(accounts.chefAxeSeine);
  const meetings = new MeetingsPage(page);
  await meetings.goto("axe-seine");
  await meetings.plan({ day, time: "10:00", place: "Maison de l'industrie, Le Havre" });
  const meeting = new MeetingPage(page);
  await meeting.sendConvocation();
  await expect(page.getByText(/^Convocation envoyée le /)).toBeVisible();
  const url = page.url();

  await page.context().clearCookies();
  await new LoginPage(page).signIn(accounts.eluAxeSeine);
  await page.goto(url);
  await meeting.answer("Excusé·e");
  await expect(page.getByRole("listitem").filter({ hasText: "Marie Lambert (binôme)" })).toContainText("Excusé·e");

  await page.context().clearCookies();
  await new LoginPage(page).signIn(accounts.admin);
  const ics = await new OutboxPage(page).newestAttachmentTo(accounts.eluAxeSeine, "seance.ics");
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  expect(event.startDate.toJSDate().toISOString().slice(0, 10)).toBe(day);
  expect(event.location).toBe("Maison de l'industrie, Le Havre");
  expect(String(event.organizer).toLowerCase()).toBe(`mailto:${accounts.chefAxeSeine}`);
});
