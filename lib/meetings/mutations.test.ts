import { describe, expect, it } from "vitest";
import { recordProgress } from "@/lib/actions/progress/mutations";
import { listAuditLog } from "@/lib/audit/queries";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { flagActionForDiscussion } from "./flag-mutations";
import { addAgendaItem, moveAgendaItem, planMeeting, removeAgendaItem } from "./mutations";

const prisma = getPrisma();
const SLUG = "pays-de-l-aigle";

function dayOffset(days: number): string {
  const date = new Date(`${todayInFrance()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const chefOf = (slug = SLUG) => createUser({ college: "CHEF_DE_PROJET", territories: [{ slug }] });

async function planInput(overrides: Record<string, unknown> = {}) {
  return {
    territoryId: await territoryId(SLUG),
    kind: "COMITE_PILOTAGE",
    day: dayOffset(14),
    time: "14:30",
    place: "Salle du conseil, L'Aigle",
    videoUrl: "",
    participantIds: [],
    ...overrides,
  };
}

async function plan(user: Awaited<ReturnType<typeof chefOf>>, overrides: Record<string, unknown> = {}) {
  actAs(user);
  const result = await planMeeting(await planInput(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

const agendaOf = (meetingId: string) =>
  prisma.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });

describe("planMeeting", () => {
  it("lets the chef·fe de projet plan a séance: Paris time, participants, an agenda proposed from the plan, a journal entry", async () => {
    const chef = await chefOf();
    const member = await createUser({ college: "ELU", territories: [{ slug: SLUG }] });
    const late = await createActionAs(chef, SLUG, { title: "Action en retard", plannedEndDate: dayOffset(-10) });
    const blocked = await createActionAs(chef, SLUG, { title: "Action bloquée", statusCode: "BLOQUEE" });
    const quiet = await createActionAs(chef, SLUG, { title: "Action sans nouvelles" });
    await prisma.progressUpdate.updateMany({
      where: { actionId: quiet.actionId },
      data: { date: new Date(`${dayOffset(-120)}T00:00:00Z`) },
    });
    const fine = await createActionAs(chef, SLUG, { title: "Action à jour" });

    const meeting = await plan(chef, { time: "09:15", day: "2027-06-15", participantIds: [member.id, chef.id] });

    const stored = await prisma.meeting.findUniqueOrThrow({
      where: { id: meeting.meetingId },
      include: { participants: true },
    });
    expect(stored.startsAt.toISOString()).toBe("2027-06-15T07:15:00.000Z");
    expect(stored.organiserId).toBe(chef.id);
    expect(stored.participants.map((participant) => participant.userId).sort()).toEqual([member.id, chef.id].sort());
    const agenda = await agendaOf(meeting.meetingId);
    const reasonOf = (actionId: string) => agenda.find((item) => item.actionId === actionId)?.reason;
    expect(reasonOf(late.actionId)).toBe("LATE_OR_BLOCKED");
    expect(reasonOf(blocked.actionId)).toBe("LATE_OR_BLOCKED");
    expect(reasonOf(quiet.actionId)).toBe("NO_RECENT_PROGRESS");
    expect(reasonOf(fine.actionId)).toBeUndefined();
    expect(agenda.map((item) => item.position)).toEqual(agenda.map((_, index) => index));

    const admin = await permissionUserOf(await createUser({ college: "ADMIN" }));
    const journal = await listAuditLog(admin, { page: 1, person: chef.id });
    expect(journal.items.find((entry) => entry.operation === "meeting.plan")).toMatchObject({
      operationLabel: "Séance planifiée",
      entityLabel: "Séance du 15 juin 2027",
    });
  });

  it("puts on the agenda an action whose status changed since the previous séance", async () => {
    const chef = await chefOf();
    const action = await createActionAs(chef, SLUG, { title: "Action qui change de statut" });
    await prisma.progressUpdate.updateMany({
      where: { actionId: action.actionId },
      data: { date: new Date(`${dayOffset(-20)}T00:00:00Z`) },
    });
    await plan(chef, { day: dayOffset(-10) });
    actAs(chef);
    expect(
      await recordProgress({
        actionId: action.actionId,
        version: action.version,
        date: todayInFrance(),
        progress: "20",
        statusCode: "EN_PAUSE",
        comment: "",
      }),
    ).toMatchObject({ ok: true });

    const next = await plan(chef, { day: dayOffset(7) });
    const agenda = await agendaOf(next.meetingId);
    expect(agenda.find((item) => item.actionId === action.actionId)?.reason).toBe("STATUS_CHANGED");
  });

  it("puts first the actions with a decision still open from an earlier séance, overdue ones first; closed or later ones do not count", async () => {
    const chef = await chefOf();
    const earlier = await plan(chef, { day: dayOffset(-30) });
    const later = await plan(chef, { day: dayOffset(60) });
    const item = async (meetingId: string) =>
      prisma.agendaItem.create({ data: { meetingId, position: 99, reason: "FREE", title: "Point" } });
    const earlierItem = await item(earlier.meetingId);
    const laterItem = await item(later.meetingId);
    const decide = async (
      actionId: string,
      at: { meetingId: string; id: string },
      extra: { dueDate?: string; closedAt?: Date } = {},
    ) =>
      prisma.decision.create({
        data: {
          meetingId: at.meetingId,
          agendaItemId: at.id,
          actionId,
          kind: "AUTRE",
          text: "Relancer le porteur",
          dueDate: extra.dueDate ? new Date(`${extra.dueDate}T00:00:00Z`) : null,
          closedAt: extra.closedAt ?? null,
        },
      });
    const open = await createActionAs(chef, SLUG, { title: "A décision ouverte", plannedEndDate: dayOffset(-5) });
    const overdue = await createActionAs(chef, SLUG, { title: "Z décision en retard" });
    const closed = await createActionAs(chef, SLUG, { title: "Décision soldée" });
    const future = await createActionAs(chef, SLUG, { title: "Décision d'une séance à venir" });
    await decide(open.actionId, earlierItem, { dueDate: dayOffset(30) });
    await decide(overdue.actionId, earlierItem, { dueDate: dayOffset(-1) });
    await decide(closed.actionId, earlierItem, { closedAt: new Date() });
    await decide(future.actionId, laterItem);

    const next = await plan(chef, { day: dayOffset(7) });
    const agenda = await agendaOf(next.meetingId);
    const pointOf = (actionId: string) => agenda.find((point) => point.actionId === actionId);
    expect(pointOf(overdue.actionId)).toMatchObject({ reason: "OPEN_DECISION", position: 0 });
    expect(pointOf(open.actionId)?.reason).toBe("OPEN_DECISION");
    expect(pointOf(closed.actionId)).toBeUndefined();
    expect(pointOf(future.actionId)).toBeUndefined();
    const reasons = agenda.map((point) => point.reason);
    expect(reasons.lastIndexOf("OPEN_DECISION")).toBeLessThan(reasons.indexOf("LATE_OR_BLOCKED"));
  });

  it("puts last the actions flagged « à discuter en séance », and takes their flags up", async () => {
    const chef = await chefOf();
    const flagged = await createActionAs(chef, SLUG, { title: "Action à discuter" });
    const flaggedAndLate = await createActionAs(chef, SLUG, {
      title: "À discuter et en retard",
      statusCode: "BLOQUEE",
    });
    actAs(chef);
    for (const action of [flagged, flaggedAndLate]) {
      expect(
        await flagActionForDiscussion({ actionId: action.actionId, reason: "Le porteur demande un arbitrage" }),
      ).toMatchObject({ ok: true });
    }

    const meeting = await plan(chef);
    const agenda = await agendaOf(meeting.meetingId);
    expect(agenda.at(-1)).toMatchObject({ actionId: flagged.actionId, reason: "FLAGGED" });
    expect(agenda.find((point) => point.actionId === flaggedAndLate.actionId)?.reason).toBe("LATE_OR_BLOCKED");
    expect(
      await prisma.actionDiscussionFlag.count({
        where: { actionId: { in: [flagged.actionId, flaggedAndLate.actionId] } },
      }),
    ).toBe(0);
    const entry = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: meeting.meetingId, operation: "meeting.plan" },
    });
    expect((entry.after as { takenUpFlags: unknown[] }).takenUpFlags).toEqual(
      expect.arrayContaining([
        { actionId: flagged.actionId, raisedById: chef.id, reason: "Le porteur demande un arbitrage" },
      ]),
    );
  });

  it("refuses, writing nothing: another territory, a member who is not of the binôme, the Région, anonymous", async () => {
    const before = await prisma.meeting.count();
    const input = await planInput();
    actAs(await chefOf("sud-manche"));
    expect(await planMeeting(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG }] }));
    expect(await planMeeting(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await planMeeting(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await planMeeting(input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await prisma.meeting.count()).toBe(before);
  });

  it("lets the binôme plan too", async () => {
    const binome = await createUser({ college: "INDUSTRIEL", territories: [{ slug: SLUG, isBinome: true }] });
    expect((await plan(binome)).meetingId).toBeTruthy();
  });

  it("reports every bad field in French in one pass, and a participant from elsewhere, writing nothing", async () => {
    const chef = await chefOf();
    const before = await prisma.meeting.count();
    actAs(chef);
    const result = await planMeeting(
      await planInput({ kind: "APERO", day: "2027-02-30", time: "25:00", place: "", videoUrl: "http://x" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        kind: ["Choisissez le type de séance."],
        day: ["Cette date n'existe pas (vérifiez le jour et le mois)."],
        time: ["Saisissez une heure au format HH:MM, par exemple 14:30."],
        videoUrl: [expect.stringContaining("https://")],
      },
    });
    expect(await planMeeting(await planInput({ place: "", videoUrl: "" }))).toMatchObject({
      fieldErrors: { place: ["Indiquez un lieu, un lien de visioconférence, ou les deux."] },
    });
    const outsider = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    expect(await planMeeting(await planInput({ participantIds: [outsider.id] }))).toMatchObject({
      ok: false,
      fieldErrors: { participantIds: ["Choisissez les participants dans la liste proposée pour ce territoire."] },
    });
    expect(await prisma.meeting.count()).toBe(before);
  });
});

describe("the ordre du jour", () => {
  it("adds a free point, moves it up, removes another, each with the séance's version", async () => {
    const chef = await chefOf();
    await createActionAs(chef, SLUG, { title: "Point proposé", statusCode: "BLOQUEE" });
    const meeting = await plan(chef);
    actAs(chef);
    const added = await addAgendaItem({ meetingId: meeting.meetingId, version: 1, title: "Questions diverses" });
    expect(added).toMatchObject({ ok: true, data: { version: 2 } });
    let agenda = await agendaOf(meeting.meetingId);
    const free = agenda.at(-1)!;
    expect(free).toMatchObject({ reason: "FREE", title: "Questions diverses", actionId: null });

    expect(
      await moveAgendaItem({ meetingId: meeting.meetingId, version: 2, itemId: free.id, direction: "up" }),
    ).toMatchObject({ ok: true });
    agenda = await agendaOf(meeting.meetingId);
    expect(agenda.at(-2)!.id).toBe(free.id);

    const first = agenda[0]!;
    expect(await removeAgendaItem({ meetingId: meeting.meetingId, version: 3, itemId: first.id })).toMatchObject({
      ok: true,
    });
    agenda = await agendaOf(meeting.meetingId);
    expect(agenda.map((item) => item.id)).not.toContain(first.id);
    expect(agenda.map((item) => item.position)).toEqual(agenda.map((_, index) => index));
  });

  it("keeps a point that carries decisions of the séance: they are the committee's record", async () => {
    const chef = await chefOf();
    const meeting = await plan(chef);
    actAs(chef);
    expect(
      await addAgendaItem({ meetingId: meeting.meetingId, version: 1, title: "Questions diverses" }),
    ).toMatchObject({ ok: true });
    const item = (await agendaOf(meeting.meetingId)).at(-1)!;
    await prisma.decision.create({
      data: { meetingId: meeting.meetingId, agendaItemId: item.id, kind: "AUTRE", text: "Relancer les entreprises" },
    });
    const refused = await removeAgendaItem({ meetingId: meeting.meetingId, version: 2, itemId: item.id });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!refused.ok && refused.message).toMatch(/porte des décisions/);
    expect((await agendaOf(meeting.meetingId)).map((point) => point.id)).toContain(item.id);
  });

  it("refuses a stale version, another territory, a wrong college and an empty title, changing nothing", async () => {
    const chef = await chefOf();
    const meeting = await plan(chef);
    actAs(chef);
    expect(await addAgendaItem({ meetingId: meeting.meetingId, version: 1, title: "Premier" })).toMatchObject({
      ok: true,
    });
    const before = await agendaOf(meeting.meetingId);

    expect(
      await addAgendaItem({ meetingId: meeting.meetingId, version: 1, title: "Sur une vieille page" }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await addAgendaItem({ meetingId: meeting.meetingId, version: 2, title: "   " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { title: ["Donnez un intitulé au point."] },
    });
    actAs(await chefOf("sud-manche"));
    expect(await addAgendaItem({ meetingId: meeting.meetingId, version: 2, title: "Intrus" })).toMatchObject({
      code: "NOT_FOUND",
    });
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect(await addAgendaItem({ meetingId: meeting.meetingId, version: 2, title: "État" })).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await agendaOf(meeting.meetingId)).toEqual(before);
  });
});
