import { describe, expect, it } from "vitest";
import { apiDecisionLog } from "@/lib/api/meeting-representations";
import { apiError } from "@/lib/api/representations";
import { closeDecision } from "@/lib/meetings/follow-up-mutations";
import { createActionAs } from "@/tests/actions";
import { apiRequest, expectJson, routeContext } from "@/tests/api";
import { createUser } from "@/tests/factories";
import { planMeetingAs, recordDecisionOn } from "@/tests/meetings";
import { actAs } from "@/tests/session";
import { GET } from "./route";

const SLUG = "axe-seine";
const list = (slug: string, query = "") =>
  GET(apiRequest(`/api/v1/territories/${slug}/decisions${query}`), routeContext({ slug }));

describe("GET /api/v1/territories/{slug}/decisions", () => {
  it("lists the territory's decisions with their state, filtered like the log page", async () => {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
    const action = await createActionAs(chef, SLUG, {
      title: `Action API ${crypto.randomUUID()}`,
      plannedEndDate: "2026-10-01",
    });
    const meetingId = await planMeetingAs(chef, SLUG, [chef.id], "2026-11-03");
    const overdue = await recordDecisionOn(meetingId, action.actionId, 1, {
      kind: "FINANCER",
      text: "Déposer le dossier",
      responsibleId: chef.id,
      dueDate: "2026-11-10",
    });
    const done = await recordDecisionOn(meetingId, action.actionId, 2, { text: "Informer les partenaires" });
    expect(await closeDecision({ decisionId: done, closingNote: "Courrier envoyé." })).toMatchObject({ ok: true });

    const all = await expectJson(await list(SLUG, `?meeting=${meetingId}`), 200, apiDecisionLog);
    expect(all.total).toBe(2);
    expect(all.items).toMatchObject([
      {
        id: overdue,
        kind: "FINANCER",
        state: "overdue",
        dueDate: "2026-11-10",
        responsible: { id: chef.id },
        meeting: { id: meetingId, kind: "COMITE_PILOTAGE" },
        action: { id: action.actionId },
        closedAt: null,
      },
      { id: done, state: "done", closingNote: "Courrier envoyé.", closedAt: expect.any(String) },
    ]);
    const open = await expectJson(await list(SLUG, `?meeting=${meetingId}&state=open`), 200, apiDecisionLog);
    expect(open.items.map((item) => item.id)).toEqual([overdue]);
    const byAction = await expectJson(await list(SLUG, `?action=${action.actionId}&state=done`), 200, apiDecisionLog);
    expect(byAction.items.map((item) => item.id)).toEqual([done]);
    // A value that is not one of the filter's is ignored, as on the page.
    const lenient = await expectJson(
      await list(SLUG, `?meeting=${meetingId}&state=fini&responsible=x`),
      200,
      apiDecisionLog,
    );
    expect(lenient.total).toBe(2);
  });

  it("answers 401 without a caller, 404 outside the caller's scope, 400 for a hostile parameter", async () => {
    actAs(null);
    await expectJson(await list(SLUG), 401, apiError);
    actAs(await createUser({ college: "ELU", territories: [{ slug: "nord-cotentin" }] }));
    await expectJson(await list(SLUG), 404, apiError);
    await expectJson(await list("territoire-inconnu"), 404, apiError);
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG }] }));
    await expectJson(await list(SLUG, "?state=open%00"), 400, apiError);
    await expectJson(await list(SLUG), 200, apiDecisionLog);
  });
});
