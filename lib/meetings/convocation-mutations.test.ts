import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/audit/queries";
import { getPrisma } from "@/lib/db";
import { permissionUserOf } from "@/tests/actions";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { answerConvocation, sendConvocation } from "./convocation-mutations";
import { planMeeting } from "./mutations";

const prisma = getPrisma();
const SLUG = "lisieux-industrie";

async function plannedMeeting(participants: TestUser[]) {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
  actAs(chef);
  const planned = await planMeeting({
    territoryId: await territoryId(SLUG),
    kind: "COMITE_PILOTAGE",
    day: "2027-02-11",
    time: "14:30",
    place: "Hôtel de ville de Lisieux",
    videoUrl: "https://webconf.numerique.gouv.fr/ti-lisieux",
    participantIds: [chef.id, ...participants.map((participant) => participant.id)],
  });
  if (!planned.ok) throw new Error(JSON.stringify(planned));
  return { chef, meetingId: planned.data.meetingId };
}

const mailsTo = (users: TestUser[]) =>
  prisma.outboxEmail.findMany({ where: { to: { in: users.map((user) => user.email) } }, orderBy: { to: "asc" } });

describe("sendConvocation", () => {
  it("e-mails every participant the ordre du jour, the link and a calendar invitation that parses", async () => {
    const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG, isBinome: true }] });
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const { chef, meetingId } = await plannedMeeting([elu, etat]);
    actAs(chef);
    expect(await sendConvocation({ meetingId, version: 1 })).toMatchObject({ ok: true, data: { version: 2, sent: 3 } });

    const mails = await mailsTo([chef, elu, etat]);
    expect(mails).toHaveLength(3);
    const mail = mails.find((candidate) => candidate.to === elu.email)!;
    expect(mail.subject).toBe(
      "Convocation : Comité de pilotage du territoire Lisieux Industrie, 11 février 2027 à 14:30",
    );
    expect(mail.text).toContain("Ordre du jour :");
    expect(mail.text).toContain(`/territoires/${SLUG}/seances/${meetingId}`);
    const [attachment] = mail.attachments as { filename: string; contentType: string; content: string }[];
    expect(attachment).toMatchObject({ filename: "seance.ics", contentType: expect.stringContaining("text/calendar") });

    const calendar = new ICAL.Component(ICAL.parse(attachment!.content));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-02-11T13:30:00.000Z");
    expect(event.location).toBe("Hôtel de ville de Lisieux — https://webconf.numerique.gouv.fr/ti-lisieux");
    expect(event.summary).toBe("Comité de pilotage du territoire Lisieux Industrie");
    expect(event.uid).toBe(`${meetingId}@ti-pilotage`);
    expect(String(event.organizer)).toBe(`mailto:${chef.email}`);
    expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase()).sort()).toEqual(
      [chef, elu, etat].map((user) => `mailto:${user.email}`).sort(),
    );
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).convokedAt).not.toBeNull();
  });

  it("refuses a stale version, another territory, a member outside the binôme and the Région, sending nothing", async () => {
    const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG }] });
    const { chef, meetingId } = await plannedMeeting([elu]);
    actAs(chef);
    expect(await sendConvocation({ meetingId, version: 7 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await sendConvocation({ meetingId, version: "x" })).toMatchObject({ ok: false, code: "VALIDATION" });
    actAs(await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "sud-manche" }] }));
    expect(await sendConvocation({ meetingId, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(elu);
    expect(await sendConvocation({ meetingId, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await sendConvocation({ meetingId, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await mailsTo([chef, elu])).toEqual([]);
  });
});

describe("answerConvocation", () => {
  it("records a participant's answer, with who represents them, in the journal", async () => {
    const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG }] });
    const region = await createUser({ college: "REGION", regionCode: "28" });
    const { meetingId } = await plannedMeeting([elu, region]);
    actAs(elu);
    expect(await answerConvocation({ meetingId, response: "EXCUSE" })).toMatchObject({ ok: true });
    actAs(region);
    expect(
      await answerConvocation({ meetingId, response: "REPRESENTE", representedBy: "Anne Roy, DGA" }),
    ).toMatchObject({
      ok: true,
    });
    const answers = await prisma.meetingParticipant.findMany({
      where: { meetingId, userId: { in: [elu.id, region.id] } },
    });
    expect(
      answers
        .map(({ userId, response, representedBy }) => ({ userId, response, representedBy }))
        .sort((a, b) => a.userId.localeCompare(b.userId)),
    ).toEqual(
      [
        { userId: elu.id, response: "EXCUSE", representedBy: "" },
        { userId: region.id, response: "REPRESENTE", representedBy: "Anne Roy, DGA" },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    const journal = await listAuditLog(await permissionUserOf(await createUser({ college: "ADMIN" })), {
      page: 1,
      person: elu.id,
    });
    expect(journal.items[0]).toMatchObject({
      operation: "meeting.answer",
      operationLabel: "Réponse à une convocation",
    });
  });

  it("refuses someone not invited, another territory, a missing representative, changing nothing", async () => {
    const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG }] });
    const { meetingId } = await plannedMeeting([elu]);
    actAs(await createUser({ college: "INDUSTRIEL", territories: [{ slug: SLUG }] }));
    expect(await answerConvocation({ meetingId, response: "PRESENT" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "Vous ne figurez pas parmi les participants de cette séance.",
    });
    actAs(await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] }));
    expect(await answerConvocation({ meetingId, response: "PRESENT" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(elu);
    expect(await answerConvocation({ meetingId, response: "REPRESENTE", representedBy: " " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { representedBy: ["Indiquez qui vous représente."] },
    });
    expect(await answerConvocation({ meetingId, response: "PEUT-ETRE" })).toMatchObject({
      fieldErrors: { response: ["Choisissez votre réponse."] },
    });
    const answer = await prisma.meetingParticipant.findUniqueOrThrow({
      where: { meetingId_userId: { meetingId, userId: elu.id } },
    });
    expect(answer.response).toBeNull();
  });
});
