import { describe, expect, it } from "vitest";
import { apiMeetingList } from "@/lib/api/meeting-representations";
import { apiError } from "@/lib/api/representations";
import { createActionAs } from "@/tests/actions";
import { apiRequest, expectJson, routeContext } from "@/tests/api";
import { createUser } from "@/tests/factories";
import { planMeetingAs, recordDecisionOn } from "@/tests/meetings";
import { actAs } from "@/tests/session";
import { GET } from "./route";

const SLUG = "pays-de-l-aigle";
const list = (slug: string) => GET(apiRequest(`/api/v1/territories/${slug}/meetings`), routeContext({ slug }));

describe("GET /api/v1/territories/{slug}/meetings", () => {
  it("lists the territory's séances with their counts and open and overdue decisions", async () => {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
    const action = await createActionAs(chef, SLUG, {
      title: `Séance API ${crypto.randomUUID()}`,
      plannedEndDate: "2026-10-01",
    });
    const meetingId = await planMeetingAs(chef, SLUG, [chef.id], "2026-11-04");
    await recordDecisionOn(meetingId, action.actionId, 1, { text: "En retard", dueDate: "2026-11-10" });
    await recordDecisionOn(meetingId, action.actionId, 2, { text: "Sans échéance" });

    const body = await expectJson(await list(SLUG), 200, apiMeetingList);
    const meeting = body.items.find((item) => item.id === meetingId);
    expect(meeting).toMatchObject({
      kind: "COMITE_PILOTAGE",
      startsAt: "2026-11-04T08:30:00.000Z",
      place: "Salle du conseil",
      convokedAt: null,
      participantCount: 1,
      agendaCount: expect.any(Number),
      openDecisionCount: 2,
      overdueDecisionCount: 1,
    });
    const starts = body.items.map((item) => item.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it("answers 401 without a caller and 404 outside the caller's scope", async () => {
    actAs(null);
    await expectJson(await list(SLUG), 401, apiError);
    actAs(await createUser({ college: "INDUSTRIEL", territories: [{ slug: "axe-seine" }] }));
    await expectJson(await list(SLUG), 404, apiError);
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    await expectJson(await list(SLUG), 200, apiMeetingList);
  });
});
