import { describe, expect, it } from "vitest";
import { apiMeeting } from "@/lib/api/meeting-representations";
import { apiError } from "@/lib/api/representations";
import { recordPresence } from "@/lib/meetings/decision-mutations";
import { compileMinutes, validateMinutes } from "@/lib/meetings/minutes-mutations";
import { createActionAs } from "@/tests/actions";
import { apiRequest, expectJson, routeContext } from "@/tests/api";
import { createUser } from "@/tests/factories";
import { planMeetingAs, recordDecisionOn } from "@/tests/meetings";
import { actAs } from "@/tests/session";
import { GET } from "./route";

const SLUG = "sud-manche";
const read = (id: string) => GET(apiRequest(`/api/v1/meetings/${id}`), routeContext({ id }));

describe("GET /api/v1/meetings/{id}", () => {
  it("answers the séance with its agenda, its decisions' states and its participants' presence", async () => {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
    const elu = await createUser({ college: "ELU", territories: [{ slug: SLUG, isBinome: true }] });
    const action = await createActionAs(chef, SLUG, {
      title: `Lecture API ${crypto.randomUUID()}`,
      plannedEndDate: "2026-10-01",
    });
    const meetingId = await planMeetingAs(chef, SLUG, [chef.id, elu.id], "2026-11-06");
    expect(await recordPresence({ meetingId, version: 1, presentIds: [elu.id] })).toMatchObject({ ok: true });
    const decisionId = await recordDecisionOn(meetingId, action.actionId, 2, {
      text: "Relancer",
      responsibleId: elu.id,
      dueDate: "2026-11-10",
    });

    actAs(elu);
    const meeting = await expectJson(await read(meetingId), 200, apiMeeting);
    expect(meeting).toMatchObject({ id: meetingId, version: 3, territory: { slug: SLUG }, participantCount: 2 });
    expect(meeting.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: elu.id, isBinome: true, attended: true, response: null }),
        expect.objectContaining({ id: chef.id, attended: false }),
      ]),
    );
    const point = meeting.agenda.find((item) => item.actionId === action.actionId);
    expect(point?.decisions).toMatchObject([
      { id: decisionId, state: "overdue", responsible: { id: elu.id }, closingNote: "" },
    ]);
    expect(meeting.minutes).toBeNull();

    actAs(chef);
    expect(await compileMinutes({ meetingId, version: 3 })).toMatchObject({ ok: true });
    actAs(elu);
    expect(await validateMinutes({ meetingId, minutesVersion: 1 })).toMatchObject({ ok: true });
    const compiled = await expectJson(await read(meetingId), 200, apiMeeting);
    expect(compiled.minutes).toMatchObject({
      status: "awaiting",
      version: 2,
      industrielValidatedAt: null,
      lockedAt: null,
    });
    expect(compiled.minutes!.eluValidatedAt).not.toBeNull();
  });

  it("answers 400 for a malformed id, 401 without a caller, 404 outside the caller's scope", async () => {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
    const meetingId = await planMeetingAs(chef, SLUG, [chef.id]);
    await expectJson(await read("pas-un-id"), 400, apiError);
    actAs(null);
    await expectJson(await read(meetingId), 401, apiError);
    actAs(await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "axe-seine" }] }));
    await expectJson(await read(meetingId), 404, apiError);
    await expectJson(await read(crypto.randomUUID()), 404, apiError);
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    await expectJson(await read(meetingId), 200, apiMeeting);
  });
});
