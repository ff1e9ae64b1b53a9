import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createActionAs } from "@/tests/actions";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { recordDecision } from "./decision-mutations";
import { closeDecision } from "./follow-up-mutations";
import { planMeeting } from "./mutations";

const prisma = getPrisma();
const SLUG = "nord-cotentin";

/** A séance of Nord Cotentin with one decision on an action, followed up by `responsible`. */
async function decisionFollowedBy(responsible: (chef: TestUser) => Promise<TestUser> | TestUser) {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
  const person = await responsible(chef);
  const action = await createActionAs(chef, SLUG, {
    title: `Action à solder ${crypto.randomUUID()}`,
    plannedEndDate: "2026-10-01",
  });
  actAs(chef);
  const planned = await planMeeting({
    territoryId: await territoryId(SLUG),
    kind: "COMITE_PROJET",
    day: "2026-11-20",
    time: "10:00",
    place: "Cherbourg",
    participantIds: [...new Set([chef.id, person.id])],
  });
  if (!planned.ok) throw new Error(JSON.stringify(planned));
  const item = await prisma.agendaItem.findFirstOrThrow({
    where: { meetingId: planned.data.meetingId, actionId: action.actionId },
  });
  const recorded = await recordDecision({
    meetingId: planned.data.meetingId,
    version: 1,
    agendaItemId: item.id,
    kind: "FINANCER",
    text: "Déposer le dossier de financement.",
    responsibleId: person.id,
    dueDate: "2026-12-15",
  });
  if (!recorded.ok) throw new Error(JSON.stringify(recorded));
  return { chef, responsible: person, meetingId: planned.data.meetingId, decisionId: recorded.data.decisionId };
}

const stored = (decisionId: string) => prisma.decision.findUniqueOrThrow({ where: { id: decisionId } });
const NOTE = "Dossier déposé le 2 décembre auprès de la Région.";

describe("closeDecision", () => {
  it("lets the territory's chef de projet close a decision with a note, journaled with the séance", async () => {
    const { chef, meetingId, decisionId } = await decisionFollowedBy((chef) => chef);
    actAs(chef);
    expect(await closeDecision({ decisionId, closingNote: `  ${NOTE}  ` })).toMatchObject({
      ok: true,
      data: { decisionId, meetingId, territorySlug: SLUG },
    });
    expect(await stored(decisionId)).toMatchObject({ closedAt: expect.any(Date), closingNote: NOTE });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "meeting", entityId: meetingId, operation: "meeting.decision.close" },
    });
    expect(event).toMatchObject({ actorId: chef.id, after: { decisionId, closingNote: NOTE } });
  });

  it("lets the responsible person close it whatever their college, while they can read the territory", async () => {
    const { responsible, decisionId } = await decisionFollowedBy(() =>
      createUser({ college: "ETAT", regionCode: "28" }),
    );
    actAs(responsible);
    expect(await closeDecision({ decisionId, closingNote: NOTE })).toMatchObject({ ok: true });

    const member = await decisionFollowedBy(() => createUser({ college: "ELU", territories: [{ slug: SLUG }] }));
    // No longer on the committee: the decision's territory is out of reach, so is the decision.
    await prisma.membership.deleteMany({ where: { userId: member.responsible.id } });
    actAs(member.responsible);
    expect(await closeDecision({ decisionId: member.decisionId, closingNote: NOTE })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await stored(member.decisionId)).toMatchObject({ closedAt: null, closingNote: "" });
  });

  it("refuses another territory, a college without the right, and bad input, writing nothing", async () => {
    const { decisionId } = await decisionFollowedBy((chef) => chef);

    actAs(await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "sud-manche" }] }));
    expect(await closeDecision({ decisionId, closingNote: NOTE })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A plain élu of the committee, neither binôme nor responsible, sees the decision but may not close it.
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG }] }));
    expect(await closeDecision({ decisionId, closingNote: NOTE })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await closeDecision({ decisionId, closingNote: NOTE })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await closeDecision({ decisionId, closingNote: NOTE })).toMatchObject({ code: "UNAUTHENTICATED" });

    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG, isBinome: true }] }));
    expect(await closeDecision({ decisionId, closingNote: "   " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { closingNote: ["Écrivez une note qui dit comment la décision a été suivie."] },
    });
    expect(await closeDecision({ decisionId, closingNote: "Fait\u0000" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { closingNote: [expect.stringMatching(/caractères de contrôle/)] },
    });
    expect(await closeDecision({ decisionId, closingNote: "x".repeat(2001) })).toMatchObject({
      fieldErrors: { closingNote: ["La note ne peut pas dépasser 2 000 caractères."] },
    });
    expect(await closeDecision({ decisionId: "pas-un-id", closingNote: NOTE })).toMatchObject({ code: "VALIDATION" });
    expect(await closeDecision({ decisionId: crypto.randomUUID(), closingNote: NOTE })).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await stored(decisionId)).toMatchObject({ closedAt: null, closingNote: "" });
  });

  it("refuses to close a closed decision: of two concurrent closes, one wins and its note stays", async () => {
    const { chef, decisionId } = await decisionFollowedBy((chef) => chef);
    actAs(chef);
    const results = await Promise.all([
      closeDecision({ decisionId, closingNote: "Première note" }),
      closeDecision({ decisionId, closingNote: "Seconde note" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("déjà été soldée"),
    });
    const winner = results[0]!.ok ? "Première note" : "Seconde note";
    expect(await stored(decisionId)).toMatchObject({ closingNote: winner });
    expect(await closeDecision({ decisionId, closingNote: "Encore" })).toMatchObject({ code: "CONFLICT" });
    expect(
      await prisma.auditEvent.count({
        where: { operation: "meeting.decision.close", after: { path: ["decisionId"], equals: decisionId } },
      }),
    ).toBe(1);
  });
});
