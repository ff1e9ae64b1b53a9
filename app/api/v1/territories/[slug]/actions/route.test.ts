import { describe, expect, it } from "vitest";
import { apiAction, apiActionPage, apiError } from "@/lib/api/representations";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actionBody, apiRequest, expectJson, routeContext } from "@/tests/api";
import { actAs } from "@/tests/session";
import { GET, POST } from "./route";

const prisma = getPrisma();

const list = (slug: string, query = "") =>
  GET(apiRequest(`/api/v1/territories/${slug}/actions${query}`), routeContext({ slug }));

const create = (slug: string, options: { json?: unknown; rawBody?: string }) =>
  POST(apiRequest(`/api/v1/territories/${slug}/actions`, { method: "POST", ...options }), routeContext({ slug }));

const memberOf = (slug: string) => createUser({ college: "INDUSTRIEL", territories: [{ slug }] });

async function createVia(user: TestUser, slug: string, overrides: Record<string, unknown> = {}) {
  actAs(user);
  return expectJson(await create(slug, { json: actionBody(overrides) }), 201, apiAction);
}

// Other test files write to the same territories at the same time: each test tags its own actions.
const uniqueTitle = () => `Formation de soudeurs ${crypto.randomUUID().slice(0, 8)}`;
const titled = (title: string) => prisma.action.count({ where: { title } });

describe("POST /api/v1/territories/{slug}/actions", () => {
  it("creates the action in the territory of the path (201) through the same mutation as the form", async () => {
    const member = await memberOf("nord-cotentin");
    const elsewhere = await territoryId("axe-seine");
    const action = await createVia(member, "nord-cotentin", { territoryId: elsewhere });

    expect(action).toMatchObject({
      version: 1,
      territory: { slug: "nord-cotentin" },
      title: "Formation de soudeurs pour les chantiers navals",
      lever: { code: "COMPETENCES" },
      subTheme: { code: "ACCES_COMPETENCES" },
      status: { code: "EN_COURS" },
      progress: 30,
      plannedEndDate: "2027-12-31",
      plannedBudget: 120000,
      fundingLines: [{ funderCode: "ETAT", amountRequested: 60000, amountGranted: 40000 }],
      fundingTotals: { requested: 60000, granted: 40000 },
      indicators: [{ label: "Soudeurs formés", target: 20, latestValue: 5 }],
      // The state given at creation is the first point d'avancement, dated the day it was recorded.
      progressUpdates: [{ date: todayInFrance(), progress: 30, statusCode: "EN_COURS", comment: "" }],
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "action", entityId: action.id } });
    expect(audit).toMatchObject({ actorId: member.id, operation: "create" });
  });

  it("answers 400 for a body that is not a JSON object, and 400 with field errors for invalid fields", async () => {
    actAs(await memberOf("sud-manche"));

    for (const rawBody of ["{ pas du json", "[1, 2]", ""]) {
      const body = await expectJson(await create("sud-manche", { rawBody }), 400, apiError);
      expect(body.error).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/JSON/) });
    }
    const title = uniqueTitle();
    const invalid = await expectJson(
      await create("sud-manche", { json: actionBody({ title, plannedEndDate: "2020-01-01", progress: 150 }) }),
      400,
      apiError,
    );
    expect(invalid.error.fieldErrors).toMatchObject({
      progress: ["L'avancement ne peut pas dépasser 100 %."],
      plannedEndDate: ["La fin prévue ne peut pas précéder le début prévu."],
    });
    const short = await expectJson(await create("sud-manche", { json: actionBody({ title: "x" }) }), 400, apiError);
    expect(short.error.fieldErrors).toMatchObject({ title: [expect.any(String)] });
    expect(await titled(title)).toBe(0);
  });

  it("answers 401 without a session, 404 outside the caller's scope, 403 for a college that only reads", async () => {
    const json = actionBody({ title: uniqueTitle() });
    actAs(null);
    await expectJson(await create("sud-manche", { json }), 401, apiError);
    actAs(await memberOf("axe-seine"));
    await expectJson(await create("sud-manche", { json }), 404, apiError);
    await expectJson(await create("n-existe-pas", { json }), 404, apiError);
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    const refused = await expectJson(await create("sud-manche", { json }), 403, apiError);
    expect(refused.error.code).toBe("FORBIDDEN");
    expect(await titled(json.title)).toBe(0);
  });
});

describe("GET /api/v1/territories/{slug}/actions", () => {
  it("answers the action plan with the page's filters, paginated", async () => {
    const member = await memberOf("pays-de-l-aigle");
    const tag = crypto.randomUUID().slice(0, 8);
    const late = await createVia(member, "pays-de-l-aigle", {
      title: `Zone d'activités de la gare ${tag}`,
      leverCode: "INFRASTRUCTURES",
      subThemeCode: undefined,
      plannedStartDate: "2020-01-01",
      plannedEndDate: "2021-01-01",
    });
    const onTime = await createVia(member, "pays-de-l-aigle", { title: `Formation de soudeurs ${tag}` });
    const query = (filters: string) => list("pays-de-l-aigle", `?q=${tag}${filters}`);

    const all = await expectJson(await query(""), 200, apiActionPage);
    expect(all).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    const lateOnly = await expectJson(await query("&late=1"), 200, apiActionPage);
    expect(lateOnly.items).toEqual([expect.objectContaining({ id: late.id, isLate: true })]);
    const byLever = await expectJson(await query("&lever=INFRASTRUCTURES"), 200, apiActionPage);
    expect(byLever.items.map((item) => item.id)).toEqual([late.id]);
    const sorted = await expectJson(await query("&sort=title&order=asc"), 200, apiActionPage);
    expect(sorted.items.map((item) => item.id)).toEqual([onTime.id, late.id]);
    const secondPage = await expectJson(await query("&page=2"), 200, apiActionPage);
    expect(secondPage).toMatchObject({ items: [], total: 2, page: 2, pageCount: 1 });
    // Like the page, an invalid filter value is ignored rather than refused.
    const lenient = await expectJson(await query("&sort=n-importe&page=-3"), 200, apiActionPage);
    expect(lenient).toMatchObject({ total: 2, page: 1 });
  });

  it("answers 401 without a session and 404 outside the caller's scope or for an unknown territory", async () => {
    actAs(null);
    await expectJson(await list("axe-seine"), 401, apiError);
    actAs(await memberOf("caen-industrie"));
    const hidden = await expectJson(await list("axe-seine"), 404, apiError);
    expect(hidden.error).toEqual({ code: "NOT_FOUND", message: "Élément introuvable." });
    await expectJson(await list("n-existe-pas"), 404, apiError);
  });
});
