import { describe, expect, it } from "vitest";
import { listActionHistoryEntries } from "@/lib/actions/history/queries";
import { getPrisma } from "@/lib/db";
import { createActionAs } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { recordDecision, recordPresence } from "./decision-mutations";
import { planMeeting } from "./mutations";

const prisma = getPrisma();
const SLUG = "nord-cotentin";

async function meetingWithLateAction() {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
  const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG, isBinome: true }] });
  const action = await createActionAs(chef, SLUG, {
    title: `Action à décider ${crypto.randomUUID()}`,
    plannedEndDate: "2026-10-01",
  });
  actAs(chef);
  const planned = await planMeeting({
    territoryId: await territoryId(SLUG),
    kind: "COMITE_PILOTAGE",
    day: "2026-11-20",
    time: "14:00",
    place: "Cherbourg",
    participantIds: [chef.id, elu.id],
  });
  if (!planned.ok) throw new Error(JSON.stringify(planned));
  const item = await prisma.agendaItem.findFirstOrThrow({
    where: { meetingId: planned.data.meetingId, actionId: action.actionId },
  });
  return { chef, elu, action, meetingId: planned.data.meetingId, itemId: item.id };
}

const decisionsOf = (meetingId: string) => prisma.decision.findMany({ where: { meetingId } });

describe("recordPresence", () => {
  it("records who was there, with the séance's version", async () => {
    const { chef, elu, meetingId } = await meetingWithLateAction();
    actAs(chef);
    expect(await recordPresence({ meetingId, version: 1, presentIds: [elu.id] })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const participants = await prisma.meetingParticipant.findMany({ where: { meetingId } });
    expect(Object.fromEntries(participants.map((p) => [p.userId, p.attended]))).toEqual({
      [chef.id]: false,
      [elu.id]: true,
    });
    expect(await recordPresence({ meetingId, version: 1, presentIds: [] })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});

describe("recordDecision", () => {
  it("records a decision that changes the action's status: a point d'avancement in its history, linked to the decision", async () => {
    const { chef, elu, action, meetingId, itemId } = await meetingWithLateAction();
    actAs(elu);
    const result = await recordDecision({
      meetingId,
      version: 1,
      agendaItemId: itemId,
      kind: "AJOURNER",
      text: "Mettre l'action en pause jusqu'au bouclage du financement.",
      responsibleId: chef.id,
      dueDate: "2027-03-31",
      newStatusCode: "EN_PAUSE",
    });
    expect(result).toMatchObject({ ok: true });
    const [decision] = await decisionsOf(meetingId);
    expect(decision).toMatchObject({
      kind: "AJOURNER",
      actionId: action.actionId,
      responsibleId: chef.id,
      appliedStatusCode: "EN_PAUSE",
    });
    const stored = await prisma.action.findUniqueOrThrow({ where: { id: action.actionId } });
    expect(stored).toMatchObject({ statusCode: "EN_PAUSE", progress: 20, version: action.version + 1 });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "action", entityId: action.actionId, operation: "progress" },
      orderBy: { occurredAt: "desc" },
    });
    expect(event.after).toMatchObject({ decisionId: decision!.id, statusCode: "EN_PAUSE" });
    const history = await listActionHistoryEntries(action.actionId);
    expect(JSON.stringify(history)).toContain("Décision du comité (Ajourner) : Mettre l'action en pause");
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version).toBe(2);
  });

  it("records a decision without a change of status, and refuses what is wrong, writing nothing", async () => {
    const { chef, elu, meetingId, itemId } = await meetingWithLateAction();
    actAs(chef);
    expect(
      await recordDecision({
        meetingId,
        version: 1,
        agendaItemId: itemId,
        kind: "VALIDER",
        text: "Poursuivre.",
        responsibleId: "",
      }),
    ).toMatchObject({ ok: true });
    const before = await decisionsOf(meetingId);

    expect(
      await recordDecision({ meetingId, version: 1, agendaItemId: itemId, kind: "VALIDER", text: "Vieille page" }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      await recordDecision({
        meetingId,
        version: 2,
        agendaItemId: itemId,
        kind: "VOTER",
        text: "",
        dueDate: "2027-02-30",
      }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        kind: ["Choisissez le type de décision."],
        text: ["Écrivez la décision."],
        dueDate: ["Cette date n'existe pas (vérifiez le jour et le mois)."],
      },
    });
    const outsider = await createUser({ college: "ELU", territories: [{ slug: SLUG }] });
    expect(
      await recordDecision({
        meetingId,
        version: 2,
        agendaItemId: itemId,
        kind: "AUTRE",
        text: "x",
        responsibleId: outsider.id,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { responsibleId: [expect.stringContaining("participants")] } });
    expect(
      await recordDecision({
        meetingId,
        version: 2,
        agendaItemId: itemId,
        kind: "AUTRE",
        text: "x",
        newStatusCode: "INCONNU",
      }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });

    actAs(outsider);
    expect(
      await recordDecision({ meetingId, version: 2, agendaItemId: itemId, kind: "AUTRE", text: "x" }),
    ).toMatchObject({ code: "FORBIDDEN" });
    actAs(await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "sud-manche" }] }));
    expect(
      await recordDecision({ meetingId, version: 2, agendaItemId: itemId, kind: "AUTRE", text: "x" }),
    ).toMatchObject({ code: "NOT_FOUND" });
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect(
      await recordDecision({ meetingId, version: 2, agendaItemId: itemId, kind: "AUTRE", text: "x" }),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await decisionsOf(meetingId)).toEqual(before);
    void elu;
  });
});
