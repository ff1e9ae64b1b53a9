import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { accounts } from "../fixtures/accounts";
import { pdfPages } from "../fixtures/pdf";
import { LoginPage } from "../pages/login.pom";
import { DecisionLogPage, MeetingPage, MeetingsPage } from "../pages/meetings.pom";
import { OutboxPage } from "../pages/outbox.pom";

const PAUSE = "Mettre l'action en pause jusqu'à la signature de la convention.";
const FOLLOW = "Présenter l'état des financements au prochain comité de pilotage.";

test("the committee's whole cycle: planned from the plan, convened, held, decided, minuted, validated by the binôme and locked, followed up", async ({
  page,
}) => {
  // Eight people sign in one after the other: more than the default minute on two shared cores.
  test.setTimeout(240_000);
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const login = new LoginPage(page);
  const signInAs = async (email: string) => {
    await page.context().clearCookies();
    await login.signIn(email);
  };

  // The chef·fe de projet plans the séance: the ordre du jour comes from the plan.
  await login.signIn(accounts.chefAxeSeine);
  const meetings = new MeetingsPage(page);
  await meetings.goto("axe-seine");
  await meetings.plan({ day, time: "10:00", place: "Maison de l'industrie, Le Havre" });
  const meeting = new MeetingPage(page);
  const late = meeting.points().filter({ hasText: "En retard ou bloquée" }).first();
  await expect(late).toBeVisible();
  const open = meeting.points().filter({ hasText: "Décision d'une séance précédente à suivre" }).first();
  await expect(open).toBeVisible();
  await meeting.sendConvocation();
  const url = page.url();

  // A participant answers from the app; the convocation reached the outbox with a calendar file.
  await signInAs(accounts.eluAxeSeine);
  await page.goto(url);
  await meeting.answer("Présent·e");
  await signInAs(accounts.admin);
  const ics = await new OutboxPage(page).newestAttachmentTo(accounts.eluAxeSeine, "seance.ics");
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  expect(event.startDate.toJSDate().toISOString().slice(0, 10)).toBe(day);
  expect(event.location).toBe("Maison de l'industrie, Le Havre");
  expect(String(event.organizer).toLowerCase()).toBe(`mailto:${accounts.chefAxeSeine}`);

  // At the séance: presence, two decisions (one pauses the late action), a summary, the relevé.
  await signInAs(accounts.chefAxeSeine);
  await page.goto(url);
  await meeting.recordPresence("Marie Lambert");
  const title = (await late.getByRole("link").first().textContent())!;
  await meeting.recordDecision(late, { kind: "Ajourner", text: PAUSE, status: "En pause" });
  await meeting.recordDecision(open, { kind: "Autre", text: FOLLOW });
  await meeting.recordSummary(late, "La convention avec le lycée n'est pas encore signée.");
  await meeting.compileMinutes();

  // The Région gives its avis; the élu, then the industriel of the binôme validate: it is locked.
  await signInAs(accounts.region);
  await page.goto(url);
  await meeting.addReview("La Région soutient la mise en pause en attendant la convention.");
  await signInAs(accounts.eluAxeSeine);
  await page.goto(url);
  await meeting.validateMinutes("Élu·e");
  await signInAs(accounts.industrielAxeSeine);
  await page.goto(url);
  await meeting.validateMinutes("Industriel·le");
  await expect(meeting.minutes()).toContainText("Validé et verrouillé le");
  // Locked: the séance offers no change any more (the database refuses one too, see the tests).
  await expect(page.getByText("Enregistrer une décision")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Enregistrer la présence" })).toHaveCount(0);

  // The relevé as a PDF carries the decisions, the avis and the validations.
  const pdf = await page.request.get(`${new URL(url).pathname}/releve/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = (await pdfPages(new Uint8Array(await pdf.body()))).join(" ");
  for (const expected of [PAUSE, FOLLOW, "La Région soutient la mise en pause", "Marie Lambert", "page 1 sur"]) {
    expect(text).toContain(expected);
  }

  // The decision on its action's page, in the action's history, and in the decision log.
  await late.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const decisions = page.getByRole("region", { name: "Décisions du comité" });
  await expect(decisions).toContainText(PAUSE);
  const history = page.getByRole("region", { name: "Historique" });
  await expect(history.getByText(/Décision du comité \(Ajourner\)/).first()).toBeVisible();
  await decisions.getByRole("link", { name: "Voir le suivi de toutes les décisions du territoire" }).click();
  const log = new DecisionLogPage(page);
  await log.expectShown();
  await log.close(log.openRow(PAUSE), `Convention signée, action relancée (${day}).`);
  await log.filterByState("En cours (retards compris)");
  await expect(page.getByRole("row").filter({ hasText: FOLLOW })).toBeVisible();
  const openCount = (await page
    .getByRole("status")
    .filter({ hasText: /décisions?$/ })
    .textContent())!.replace(/\D/g, "");

  // The Région sees the same count in the comparison's follow-up of the committees.
  await signInAs(accounts.region);
  await page.goto("/comparaison");
  const row = page
    .getByRole("table", { name: /^Séances et décisions par territoire/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Axe Seine" }) });
  await expect(row.getByRole("cell").nth(1)).toHaveText(openCount);
});
