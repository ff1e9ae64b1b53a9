import { describe, expect, it } from "vitest";
import { createActionAs } from "@/tests/actions";
import { createUser, type TestUser } from "@/tests/factories";
import { planMeetingAs, recordDecisionOn } from "@/tests/meetings";
import { actAs } from "@/tests/session";
import { getSessionUser } from "@/lib/auth/session";
import { listDecisionLog } from "./decision-log";
import { decisionLogFiltersFromPage, type DecisionLogFilters } from "./decision-log-filters";
import { closeDecision } from "./follow-up-mutations";

const SLUG = "nord-cotentin";

/** Two séances: the first with an overdue, an open and a closed decision; the second with one for an élu. */
async function decisionLogData() {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
  const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG }] });
  const late = { plannedEndDate: "2026-10-01" };
  const first = await createActionAs(chef, SLUG, { title: `Journal A ${crypto.randomUUID()}`, ...late });
  const second = await createActionAs(chef, SLUG, { title: `Journal B ${crypto.randomUUID()}`, ...late });
  const meetingA = await planMeetingAs(chef, SLUG, [chef.id, elu.id], "2026-11-02");
  const overdue = await recordDecisionOn(meetingA, first.actionId, 1, {
    text: "En retard",
    responsibleId: chef.id,
    dueDate: "2026-11-10",
  });
  const open = await recordDecisionOn(meetingA, first.actionId, 2, { text: "En cours", dueDate: "2099-01-01" });
  const done = await recordDecisionOn(meetingA, first.actionId, 3, { text: "Soldée" });
  expect(await closeDecision({ decisionId: done, closingNote: "Fait." })).toMatchObject({ ok: true });
  const meetingB = await planMeetingAs(chef, SLUG, [chef.id, elu.id], "2026-11-16");
  const forElu = await recordDecisionOn(meetingB, second.actionId, 1, { text: "Pour l'élu", responsibleId: elu.id });
  return { chef, elu, first, second, meetingA, meetingB, overdue, open, done, forElu };
}

async function logOf(user: TestUser, filters: DecisionLogFilters) {
  actAs(user);
  const log = await listDecisionLog((await getSessionUser())!, SLUG, filters);
  if (!log) throw new Error("no log");
  return log;
}
const idsOf = (log: { entries: { id: string }[] }) => log.entries.map((entry) => entry.id);

describe("listDecisionLog", () => {
  it("filters by state (open includes overdue), séance, responsible and action, counting what it lists", async () => {
    const data = await decisionLogData();
    const { chef, elu, meetingA, meetingB } = data;

    const all = await logOf(chef, { meeting: meetingA });
    expect(idsOf(all)).toEqual([data.overdue, data.open, data.done]);
    expect(all.count).toBe(3);
    expect(all.entries.map((entry) => entry.state)).toEqual(["overdue", "open", "done"]);
    expect(all.entries[2]).toMatchObject({ closingNote: "Fait.", closedAt: expect.any(Date), mayClose: false });
    expect(all.entries[0]).toMatchObject({
      meeting: { id: meetingA, kind: "COMITE_PILOTAGE" },
      action: { id: data.first.actionId },
      responsibleName: "Test CHEF_DE_PROJET",
      dueDate: "2026-11-10",
      mayClose: true,
    });

    expect(idsOf(await logOf(chef, { meeting: meetingA, state: "open" }))).toEqual([data.overdue, data.open]);
    expect(idsOf(await logOf(chef, { meeting: meetingA, state: "overdue" }))).toEqual([data.overdue]);
    expect(idsOf(await logOf(chef, { meeting: meetingA, state: "done" }))).toEqual([data.done]);
    expect(idsOf(await logOf(chef, { responsible: elu.id }))).toEqual([data.forElu]);
    expect(idsOf(await logOf(chef, { action: data.second.actionId }))).toEqual([data.forElu]);
    expect(idsOf(await logOf(chef, { meeting: meetingB, state: "done" }))).toEqual([]);

    const open = idsOf(await logOf(chef, { state: "open" }));
    expect(open).toEqual(expect.arrayContaining([data.overdue, data.open, data.forElu]));
    expect(open).not.toContain(data.done);

    // A plain élu may close only what they follow up.
    const seenByElu = await logOf(elu, {});
    const mayClose = new Map(seenByElu.entries.map((entry) => [entry.id, entry.mayClose]));
    expect([mayClose.get(data.forElu), mayClose.get(data.overdue)]).toEqual([true, false]);
    expect(seenByElu.options.responsibles).toEqual(expect.arrayContaining([{ id: elu.id, name: "Test ELU" }]));
    expect(seenByElu.options.meetings.map((meeting) => meeting.id)).toEqual(
      expect.arrayContaining([meetingA, meetingB]),
    );
  });

  it("is not found outside the user's scope, and ignores malformed filters", async () => {
    actAs(await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] }));
    expect(await listDecisionLog((await getSessionUser())!, SLUG, {})).toBeNull();
    expect(
      decisionLogFiltersFromPage({ state: "fini", responsable: "personne", seance: ["x", "y"], action: "1" }),
    ).toEqual({});
    const id = crypto.randomUUID();
    expect(decisionLogFiltersFromPage(new URLSearchParams({ state: "overdue", seance: id }))).toEqual({
      state: "overdue",
      meeting: id,
    });
  });
});
