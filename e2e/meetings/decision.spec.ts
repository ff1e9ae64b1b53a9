import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";
import { DecisionLogPage, MeetingPage, MeetingsPage } from "../pages/meetings.pom";

test("at the séance, presence and a decision that pauses a late action, shown on the action's page, in its history and in the decision log, where it is closed with a note", async ({
  page,
}) => {
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await new LoginPage(page).signIn(accounts.chefAigle);
  const meetings = new MeetingsPage(page);
  await meetings.goto("pays-de-l-aigle");
  await meetings.plan({ day, time: "17:00", place: "Mairie de L'Aigle" });
  const meeting = new MeetingPage(page);
  await meeting.recordPresence("Manon Barbier");
  await expect(page.getByRole("listitem").filter({ hasText: "Manon Barbier," })).toContainText("présent·e à la séance");

  const late = meeting.points().filter({ hasText: "En retard ou bloquée" }).first();
  const title = (await late.getByRole("link").first().textContent())!;
  await meeting.recordDecision(late, {
    kind: "Ajourner",
    text: "Mettre l'action en pause jusqu'à la signature de la convention.",
    status: "En pause",
  });
  await expect(late.getByText(/Décision \(Ajourner\)/)).toBeVisible();
  await expect(late.getByText("statut de l'action : En pause")).toBeVisible();

  await late.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const decisions = page.getByRole("region", { name: "Décisions du comité" });
  await expect(decisions).toContainText("Mettre l'action en pause jusqu'à la signature de la convention.");
  const history = page.getByRole("region", { name: "Historique" });
  await expect(history.getByText(/Décision du comité \(Ajourner\)/).first()).toBeVisible();

  await decisions.getByRole("link", { name: "Voir le relevé de toutes les décisions du territoire" }).click();
  const log = new DecisionLogPage(page);
  await log.expectShown();
  const note = `Convention signée le ${day}, action relancée (${Date.now()}).`;
  await log.close(log.openRow("Mettre l'action en pause jusqu'à la signature de la convention."), note);
  await log.filterByState("Soldée");
  await expect(page.getByRole("row").filter({ hasText: note })).toContainText("Soldée le");
});
