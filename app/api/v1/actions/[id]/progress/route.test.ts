import { describe, expect, it } from "vitest";
import { createAction } from "@/lib/actions/mutations";
import { apiAction, apiError } from "@/lib/api/representations";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actionBody, apiRequest, expectJson, routeContext } from "@/tests/api";
import { actAs } from "@/tests/session";
import { POST } from "./route";

const prisma = getPrisma();

const record = (id: string, options: { json?: unknown; rawBody?: string }) =>
  POST(apiRequest(`/api/v1/actions/${id}/progress`, { method: "POST", ...options }), routeContext({ id }));

const memberOf = (slug: string) => createUser({ college: "INDUSTRIEL", territories: [{ slug }] });

async function actionOf(user: TestUser, slug: string): Promise<string> {
  actAs(user);
  const result = await createAction({ ...actionBody(), territoryId: await territoryId(slug) });
  if (!result.ok) throw new Error(`createAction failed: ${JSON.stringify(result)}`);
  return result.data.actionId;
}

const progress = (overrides: Record<string, unknown> = {}) => ({
  version: 1,
  date: todayInFrance(),
  progress: 60,
  statusCode: "EN_COURS",
  comment: "Première promotion diplômée.",
  ...overrides,
});

describe("POST /api/v1/actions/{id}/progress", () => {
  it("records a progress update (201) and answers the action with its new version", async () => {
    const member = await memberOf("vallee-de-la-bresle");
    const id = await actionOf(member, "vallee-de-la-bresle");
    const action = await expectJson(await record(id, { json: progress() }), 201, apiAction);
    // The newest point first; the first one is the state given when the action was created.
    expect(action).toMatchObject({
      id,
      version: 2,
      progress: 60,
      progressUpdates: [
        { date: todayInFrance(), progress: 60, statusCode: "EN_COURS", comment: "Première promotion diplômée." },
        { date: todayInFrance(), progress: 30, statusCode: "EN_COURS", comment: "" },
      ],
    });
    expect(action.progressUpdates[0]!.authorName).toBe("Test INDUSTRIEL");

    const stale = await expectJson(await record(id, { json: progress({ progress: 80 }) }), 409, apiError);
    expect(stale.error.code).toBe("CONFLICT");
    expect(await prisma.progressUpdate.count({ where: { actionId: id } })).toBe(2);
  });

  it("answers 400 for a body that is not JSON or invalid fields, 401 and 404 for callers without access", async () => {
    const member = await memberOf("vallee-de-la-bresle");
    const id = await actionOf(member, "vallee-de-la-bresle");

    await expectJson(await record(id, { rawBody: "60 %" }), 400, apiError);
    const invalid = await expectJson(await record(id, { json: progress({ progress: 150, date: "" }) }), 400, apiError);
    expect(invalid.error.fieldErrors).toMatchObject({ progress: [expect.any(String)], date: [expect.any(String)] });
    await expectJson(await record("pas-un-identifiant", { json: progress() }), 400, apiError);

    actAs(null);
    await expectJson(await record(id, { json: progress() }), 401, apiError);
    actAs(await memberOf("axe-seine"));
    await expectJson(await record(id, { json: progress() }), 404, apiError);
    await expectJson(await record(crypto.randomUUID(), { json: progress() }), 404, apiError);

    expect(await prisma.progressUpdate.count({ where: { actionId: id } })).toBe(1);
  });

  it("refuses a point dated in the future, and a status that contradicts the progress", async () => {
    const member = await memberOf("vallee-de-la-bresle");
    const id = await actionOf(member, "vallee-de-la-bresle");
    const future = await expectJson(await record(id, { json: progress({ date: "2099-03-01" }) }), 400, apiError);
    expect(future.error.fieldErrors).toEqual({ date: [expect.stringContaining("ne peut pas être dans le futur")] });
    const incoherent = await expectJson(
      await record(id, { json: progress({ progress: 10, statusCode: "REALISEE" }) }),
      400,
      apiError,
    );
    expect(incoherent.error.fieldErrors).toEqual({ progress: [expect.stringContaining("100 %")] });
    expect(await prisma.progressUpdate.count({ where: { actionId: id } })).toBe(1);
  });
});
