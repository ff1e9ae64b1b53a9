import { describe, expect, it } from "vitest";
import { createAction } from "@/lib/actions/mutations";
import { apiAction, apiError } from "@/lib/api/representations";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actionBody, actionUpdateBody, apiRequest, expectJson, routeContext } from "@/tests/api";
import { actAs } from "@/tests/session";
import { STALE_VERSION_MESSAGE } from "@/lib/actions/write/action-rows";
import { GET, PATCH } from "./route";

const prisma = getPrisma();

const read = (id: string) => GET(apiRequest(`/api/v1/actions/${id}`), routeContext({ id }));
const update = (id: string, options: { json?: unknown; rawBody?: string }) =>
  PATCH(apiRequest(`/api/v1/actions/${id}`, { method: "PATCH", ...options }), routeContext({ id }));

const memberOf = (slug: string) => createUser({ territories: [{ slug }] });

/** An action created through the form's mutation, to show the API reads what the pages write. */
async function actionOf(user: TestUser, slug: string): Promise<string> {
  actAs(user);
  const result = await createAction({ ...actionBody(), territoryId: await territoryId(slug) });
  if (!result.ok) throw new Error(`createAction failed: ${JSON.stringify(result)}`);
  return result.data.actionId;
}

describe("GET /api/v1/actions/{id}", () => {
  it("answers the action with its funding, indicators and progress updates", async () => {
    const member = await memberOf("lisieux-industrie");
    const id = await actionOf(member, "lisieux-industrie");
    const action = await expectJson(await read(id), 200, apiAction);
    expect(action).toMatchObject({
      id,
      version: 1,
      territory: { slug: "lisieux-industrie", name: expect.any(String) },
      carrierCollege: "INDUSTRIEL",
      fundingLines: [{ funderCode: "ETAT", funderLabel: expect.any(String) }],
      indicators: [{ label: "Soudeurs formés", unit: "personnes" }],
      // The state given at creation is the first point d'avancement, dated the day it was recorded.
      progressUpdates: [{ date: todayInFrance(), progress: 30, statusCode: "EN_COURS", comment: "" }],
    });

    // A Région user reads every territory of its region.
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    await expectJson(await read(id), 200, apiAction);
  });

  it("answers 400 for a malformed id, 401 without a session, 404 outside the scope or when unknown", async () => {
    const id = await actionOf(await memberOf("lisieux-industrie"), "lisieux-industrie");
    actAs(null);
    await expectJson(await read(id), 401, apiError);
    actAs(await memberOf("axe-seine"));
    const malformed = await expectJson(await read("pas-un-identifiant"), 400, apiError);
    expect(malformed.error.fieldErrors).toEqual({ id: ["Identifiant invalide."] });
    await expectJson(await read(id), 404, apiError);
    await expectJson(await read(crypto.randomUUID()), 404, apiError);
  });
});

describe("PATCH /api/v1/actions/{id}", () => {
  it("updates the action (200, new version) and refuses a stale version with 409", async () => {
    const member = await memberOf("collines-de-normandie");
    const id = await actionOf(member, "collines-de-normandie");
    const changed = actionUpdateBody({ title: "Soudeurs : deuxième promotion", version: 1 });

    const updated = await expectJson(await update(id, { json: changed }), 200, apiAction);
    expect(updated).toMatchObject({ id, version: 2, title: "Soudeurs : deuxième promotion", progress: 30 });

    const stale = await expectJson(await update(id, { json: { ...changed, title: "Écrasement" } }), 409, apiError);
    expect(stale.error).toEqual({ code: "CONFLICT", message: STALE_VERSION_MESSAGE });
    expect(await prisma.action.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 2,
      title: "Soudeurs : deuxième promotion",
    });
  });

  it("refuses to change the progress or the status: they change through points d'avancement", async () => {
    const member = await memberOf("collines-de-normandie");
    const id = await actionOf(member, "collines-de-normandie");
    const refused = await expectJson(
      await update(id, { json: actionUpdateBody({ version: 1, progress: 55, statusCode: "EN_PAUSE" }) }),
      400,
      apiError,
    );
    expect(refused.error.fieldErrors).toEqual({
      progress: [expect.stringContaining("point d'avancement")],
      statusCode: [expect.stringContaining("point d'avancement")],
    });
    expect(await prisma.action.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, progress: 30 });
  });

  it("takes the action from the path only: an actionId in the body changes nothing else", async () => {
    const member = await memberOf("collines-de-normandie");
    const id = await actionOf(member, "collines-de-normandie");
    const other = await actionOf(member, "collines-de-normandie");
    await expectJson(
      await update(id, { json: actionUpdateBody({ actionId: other, version: 1, title: "Autre titre" }) }),
      200,
      apiAction,
    );
    expect(await prisma.action.findUniqueOrThrow({ where: { id: other } })).toMatchObject({
      version: 1,
      title: actionBody().title,
    });
  });

  it("answers 400 for a body that is not JSON or misses the version, 401 and 404 for callers without access", async () => {
    const member = await memberOf("cote-d-albatre");
    const id = await actionOf(member, "cote-d-albatre");

    const notJson = await expectJson(await update(id, { rawBody: "title=Nouveau" }), 400, apiError);
    expect(notJson.error.message).toBe("Le corps de la requête doit être un objet JSON valide.");
    const noVersion = await expectJson(await update(id, { json: actionUpdateBody() }), 400, apiError);
    expect(noVersion.error.fieldErrors).toMatchObject({ version: [expect.any(String)] });
    await expectJson(await update("pas-un-identifiant", { json: actionUpdateBody({ version: 1 }) }), 400, apiError);

    actAs(null);
    await expectJson(await update(id, { json: actionUpdateBody({ version: 1 }) }), 401, apiError);
    actAs(await memberOf("axe-seine"));
    await expectJson(await update(id, { json: actionUpdateBody({ version: 1 }) }), 404, apiError);
    await expectJson(await update(crypto.randomUUID(), { json: actionUpdateBody({ version: 1 }) }), 404, apiError);
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    await expectJson(await update(id, { json: actionUpdateBody({ version: 1 }) }), 403, apiError);

    expect(await prisma.action.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1 });
  });
});
