import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createActionAs } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { answerConvocation } from "./convocation-mutations";
import { recordDecision, recordPresence } from "./decision-mutations";
import { amendMinutes, compileMinutes, recordPointSummary, reviewMinutes, validateMinutes } from "./minutes-mutations";
import { getMinutes } from "./minutes";
import { planMeeting } from "./mutations";

const prisma = getPrisma();
const SLUG = "lisieux-industrie";
const OTHER = "nord-cotentin";

/** A séance with a late action on its agenda, presence taken and one decision recorded. */
async function recordedMeeting() {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
  const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG, isBinome: true }] });
  const industriel = await createUser({ college: "INDUSTRIEL", territories: [{ slug: SLUG, isBinome: true }] });
  const action = await createActionAs(chef, SLUG, {
    title: `Action relevée ${crypto.randomUUID()}`,
    plannedEndDate: "2026-09-30",
  });
  actAs(chef);
  const planned = await planMeeting({
    territoryId: await territoryId(SLUG),
    kind: "COMITE_PROJET",
    day: "2026-11-20",
    time: "09:30",
    place: "Vimoutiers",
    participantIds: [chef.id, elu.id, industriel.id],
  });
  if (!planned.ok) throw new Error(JSON.stringify(planned));
  const meetingId = planned.data.meetingId;
  const item = await prisma.agendaItem.findFirstOrThrow({ where: { meetingId, actionId: action.actionId } });
  expect(await recordPresence({ meetingId, version: 1, presentIds: [elu.id, industriel.id] })).toMatchObject({
    ok: true,
  });
  expect(
    await recordDecision({
      meetingId,
      version: 2,
      agendaItemId: item.id,
      kind: "AJOURNER",
      text: "Suspendre l'action en attendant le financement.",
      responsibleId: elu.id,
      dueDate: "2026-12-15",
      newStatusCode: "EN_PAUSE",
    }),
  ).toMatchObject({ ok: true });
  expect(
    await recordPointSummary({ meetingId, version: 3, itemId: item.id, summary: "Le financement manque." }),
  ).toMatchObject({ ok: true, data: { version: 4 } });
  return { chef, elu, industriel, action, meetingId, itemId: item.id, version: 4 };
}

async function compiled() {
  const meeting = await recordedMeeting();
  actAs(meeting.chef);
  expect(await compileMinutes({ meetingId: meeting.meetingId, version: meeting.version })).toMatchObject({
    ok: true,
    data: { minutesVersion: 1 },
  });
  return { ...meeting, version: meeting.version + 1 };
}

async function locked() {
  const meeting = await compiled();
  actAs(meeting.elu);
  expect(await validateMinutes({ meetingId: meeting.meetingId, minutesVersion: 1 })).toMatchObject({
    ok: true,
    data: { locked: false },
  });
  actAs(meeting.industriel);
  expect(await validateMinutes({ meetingId: meeting.meetingId, minutesVersion: 2 })).toMatchObject({
    ok: true,
    data: { locked: true },
  });
  return meeting;
}

const minutesRow = (meetingId: string) =>
  prisma.minutes.findUnique({ where: { meetingId }, include: { reviews: true, amendments: true } });

describe("recordPointSummary", () => {
  it("records what the séance said of a point; refuses another territory, another college, bad input, a stale version", async () => {
    const { chef, meetingId, itemId, version } = await recordedMeeting();
    const input = { meetingId, version, itemId, summary: "Nouvelle synthèse." };
    actAs(await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: OTHER }] }));
    expect(await recordPointSummary(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG }] }));
    expect(await recordPointSummary(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(chef);
    const tooLong = await recordPointSummary({ ...input, summary: "x".repeat(4001) });
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!tooLong.ok && tooLong.fieldErrors?.summary?.[0]).toMatch(/4 000 caractères/);
    expect(await recordPointSummary({ ...input, version: version - 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await prisma.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).summary).toBe(
      "Le financement manque.",
    );
    expect(await recordPointSummary(input)).toMatchObject({ ok: true });
    expect((await prisma.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).summary).toBe("Nouvelle synthèse.");
  });
});

describe("compileMinutes", () => {
  it("compiles a snapshot of the séance (presence, points, summaries, decisions, action state) that later edits do not rewrite", async () => {
    const { chef, elu, action, meetingId, itemId, version } = await compiled();
    const minutes = await getMinutes(meetingId);
    expect(minutes).toMatchObject({ status: "awaiting", version: 1, eluValidation: null, lockedAt: null });
    const point = minutes!.content.points.find((candidate) => candidate.action?.id === action.actionId)!;
    expect(point).toMatchObject({
      summary: "Le financement manque.",
      action: { statusLabel: "En pause", isLate: true },
      decisions: [
        { kind: "AJOURNER", responsibleName: "Test ELU", dueDate: "2026-12-15", appliedStatusLabel: "En pause" },
      ],
    });
    expect(minutes!.content.participants.find((person) => person.id === elu.id)).toMatchObject({ attended: true });
    actAs(chef);
    expect(await recordPointSummary({ meetingId, version, itemId, summary: "Réécrit après coup." })).toMatchObject({
      ok: true,
    });
    expect((await getMinutes(meetingId))!.content.points.find((p) => p.action?.id === action.actionId)!.summary).toBe(
      "Le financement manque.",
    );
  });

  it("refuses another territory, another college, bad input and a stale version, writing nothing", async () => {
    const { chef, meetingId, version } = await recordedMeeting();
    actAs(await createUser({ college: "ELU", territories: [{ slug: OTHER, isBinome: true }] }));
    expect(await compileMinutes({ meetingId, version })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await compileMinutes({ meetingId, version })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(chef);
    const bad = await compileMinutes({ meetingId, version: "dernière" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!bad.ok && bad.fieldErrors?.version?.[0]).toMatch(/rechargez la page/);
    expect(await compileMinutes({ meetingId, version: version - 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await minutesRow(meetingId)).toBeNull();
  });

  it("compiling again clears the validations already given", async () => {
    const { chef, elu, meetingId, version } = await compiled();
    actAs(elu);
    expect(await validateMinutes({ meetingId, minutesVersion: 1 })).toMatchObject({ ok: true });
    actAs(chef);
    expect(await compileMinutes({ meetingId, version })).toMatchObject({ ok: true, data: { minutesVersion: 3 } });
    expect(await getMinutes(meetingId)).toMatchObject({ version: 3, eluValidation: null, status: "awaiting" });
  });
});

describe("validateMinutes", () => {
  it("locks the relevé once an élu and an industriel of the binôme have both validated", async () => {
    const { meetingId } = await locked();
    const minutes = await getMinutes(meetingId);
    expect(minutes).toMatchObject({
      status: "locked",
      eluValidation: { name: "Test ELU" },
      industrielValidation: { name: "Test INDUSTRIEL" },
    });
    expect(minutes!.lockedAt).toBeInstanceOf(Date);
    const journal = await prisma.auditEvent.findMany({
      where: { entityId: meetingId, operation: "meeting.minutes.validate" },
    });
    expect(journal).toHaveLength(2);
  });

  it("refuses the chef·fe de projet, a member outside the binôme, another territory, a second élu, a stale version, bad input", async () => {
    const { chef, elu, meetingId } = await compiled();
    actAs(chef);
    expect(await validateMinutes({ meetingId, minutesVersion: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG }] }));
    expect(await validateMinutes({ meetingId, minutesVersion: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser({ college: "INDUSTRIEL", territories: [{ slug: OTHER, isBinome: true }] }));
    expect(await validateMinutes({ meetingId, minutesVersion: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(elu);
    expect(await validateMinutes({ meetingId, minutesVersion: 0 })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await validateMinutes({ meetingId, minutesVersion: 7 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await getMinutes(meetingId)).toMatchObject({ version: 1, eluValidation: null });
    expect(await validateMinutes({ meetingId, minutesVersion: 1 })).toMatchObject({ ok: true });
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG, isBinome: true }] }));
    const second = await validateMinutes({ meetingId, minutesVersion: 2 });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!second.ok && second.message).toMatch(/déjà validé/);
  });
});

describe("validating a relevé the séance has outgrown", () => {
  it("refuses it until the relevé is established again from the séance as it now stands", async () => {
    const { chef, elu, meetingId, itemId, version } = await compiled();
    actAs(chef);
    expect(await recordPointSummary({ meetingId, version, itemId, summary: "Complété après coup." })).toMatchObject({
      ok: true,
    });
    actAs(elu);
    const outdated = await validateMinutes({ meetingId, minutesVersion: 1 });
    expect(outdated).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!outdated.ok && outdated.message).toMatch(/établissez-le à nouveau/);
    actAs(chef);
    expect(await compileMinutes({ meetingId, version: version + 1 })).toMatchObject({ ok: true });
    actAs(elu);
    expect(await validateMinutes({ meetingId, minutesVersion: 2 })).toMatchObject({ ok: true });
  });
});

describe("a locked relevé", () => {
  it("refuses every change to the séance in the app, with a French message", async () => {
    const { chef, elu, meetingId, itemId, version } = await locked();
    actAs(chef);
    const refused = await recordDecision({
      meetingId,
      version,
      agendaItemId: itemId,
      kind: "AUTRE",
      text: "Après coup",
    });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!refused.ok && refused.message).toMatch(/validé par le binôme/);
    expect(await compileMinutes({ meetingId, version })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await recordPointSummary({ meetingId, version, itemId, summary: "Réécrit" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    actAs(elu);
    const answer = await answerConvocation({ meetingId, response: "EXCUSE" });
    expect(answer).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!answer.ok && answer.message).toMatch(/validé par le binôme/);
  });

  it("is enforced by the database: the relevé, its avis and the séance's record cannot change; closing a decision still can", async () => {
    const { chef, meetingId, itemId } = await locked();
    const minutes = await prisma.minutes.findUniqueOrThrow({ where: { meetingId } });
    await expect(prisma.minutes.update({ where: { id: minutes.id }, data: { content: {} } })).rejects.toThrow(/locked/);
    await expect(prisma.minutes.delete({ where: { id: minutes.id } })).rejects.toThrow(/locked/);
    await expect(
      prisma.minutesReview.create({
        data: { minutesId: minutes.id, authorId: chef.id, institution: "ETAT", text: "Trop tard" },
      }),
    ).rejects.toThrow(/locked/);
    await expect(
      prisma.decision.create({ data: { meetingId, agendaItemId: itemId, kind: "AUTRE", text: "Ajout" } }),
    ).rejects.toThrow(/locked/);
    const decision = await prisma.decision.findFirstOrThrow({ where: { meetingId } });
    await expect(prisma.decision.update({ where: { id: decision.id }, data: { text: "Réécrite" } })).rejects.toThrow(
      /locked/,
    );
    await expect(prisma.agendaItem.update({ where: { id: itemId }, data: { summary: "Réécrit" } })).rejects.toThrow(
      /locked/,
    );
    await expect(
      prisma.meetingParticipant.updateMany({ where: { meetingId }, data: { attended: false } }),
    ).rejects.toThrow(/locked/);
    await prisma.decision.update({
      where: { id: decision.id },
      data: { closedAt: new Date(), closingNote: "Financement obtenu" },
    });
    expect((await getMinutes(meetingId))!.content.points.flatMap((point) => point.decisions)[0]!.text).toBe(
      decision.text,
    );
    // Closed is closed: reopening it, or rewriting its note, after the lock is refused.
    await expect(prisma.decision.update({ where: { id: decision.id }, data: { closedAt: null } })).rejects.toThrow(
      /locked/,
    );
    await expect(
      prisma.decision.update({ where: { id: decision.id }, data: { closingNote: "Réécrite" } }),
    ).rejects.toThrow(/locked/);
  });
});

describe("reviewMinutes", () => {
  it("lets the Région and the State of the region add their avis before the relevé is locked", async () => {
    const { meetingId } = await compiled();
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await reviewMinutes({ meetingId, minutesVersion: 1, text: "Avis favorable." })).toMatchObject({ ok: true });
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect(await reviewMinutes({ meetingId, minutesVersion: 1, text: "Avis réservé." })).toMatchObject({ ok: true });
    expect((await getMinutes(meetingId))!.reviews.map((review) => [review.institution, review.text])).toEqual([
      ["REGION", "Avis favorable."],
      ["ETAT", "Avis réservé."],
    ]);
  });

  it("refuses another region, a committee member, bad input, a stale version, a locked relevé", async () => {
    const { meetingId } = await compiled();
    const input = { meetingId, minutesVersion: 1, text: "Avis." };
    actAs(await createUser({ college: "REGION", regionCode: "32" }));
    expect(await reviewMinutes(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG, isBinome: true }] }));
    expect(await reviewMinutes(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const empty = await reviewMinutes({ ...input, text: "  " });
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!empty.ok && empty.fieldErrors?.text?.[0]).toBe("Écrivez l'avis.");
    expect(await reviewMinutes({ ...input, minutesVersion: 2 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await minutesRow(meetingId))!.reviews).toHaveLength(0);
    const done = await locked();
    actAs(etat);
    expect(await reviewMinutes({ ...input, meetingId: done.meetingId, minutesVersion: 3 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});

describe("amendMinutes", () => {
  it("adds a dated amendment to a locked relevé, keeping the original", async () => {
    const { chef, meetingId } = await locked();
    actAs(chef);
    expect(await amendMinutes({ meetingId, minutesVersion: 3, text: "L'échéance est le 20 décembre." })).toMatchObject({
      ok: true,
    });
    const minutes = await getMinutes(meetingId);
    expect(minutes!.amendments).toEqual([
      expect.objectContaining({ authorName: "Test CHEF_DE_PROJET", text: "L'échéance est le 20 décembre." }),
    ]);
    expect(minutes!.content.points.flatMap((point) => point.decisions)[0]).toMatchObject({ dueDate: "2026-12-15" });
    const amendment = await prisma.minutesAmendment.findFirstOrThrow({
      where: { minutesId: (await minutesRow(meetingId))!.id },
    });
    await expect(prisma.minutesAmendment.delete({ where: { id: amendment.id } })).rejects.toThrow(/append-only/);
  });

  it("refuses a relevé not yet locked, another territory, another college, bad input, a stale version", async () => {
    const open = await compiled();
    actAs(open.chef);
    expect(await amendMinutes({ meetingId: open.meetingId, minutesVersion: 1, text: "Trop tôt" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const { chef, meetingId } = await locked();
    const input = { meetingId, minutesVersion: 3, text: "Rectificatif." };
    actAs(await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: OTHER }] }));
    expect(await amendMinutes(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect(await amendMinutes(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(chef);
    expect(await amendMinutes({ ...input, text: "\u0000" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await amendMinutes({ ...input, minutesVersion: 2 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await minutesRow(meetingId))!.amendments).toHaveLength(0);
  });
});
