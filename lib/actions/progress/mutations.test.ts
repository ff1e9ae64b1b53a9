import { describe, expect, it } from "vitest";
import { DELETE, PATCH } from "@/app/api/v1/actions/[id]/progress/[pointId]/route";
import { apiAction, apiError } from "@/lib/api/representations";
import { listAuditLog } from "@/lib/audit/queries";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { apiRequest, expectJson, routeContext } from "@/tests/api";
import { createUser, type TestUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { listActionHistoryEntries } from "../history/queries";
import { correctProgress, recordProgress, withdrawProgress } from "./mutations";

const prisma = getPrisma();
const SLUG = "cote-d-albatre";

const memberOf = () => createUser({ college: "INDUSTRIEL", territories: [{ slug: SLUG }] });
const stateOf = (actionId: string) =>
  prisma.action.findUniqueOrThrow({
    where: { id: actionId },
    select: { progress: true, statusCode: true, version: true },
  });
const pointsOf = (actionId: string) =>
  prisma.progressUpdate.findMany({ where: { actionId }, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });

async function record(user: TestUser, actionId: string, version: number, point: Record<string, unknown>) {
  actAs(user);
  const result = await recordProgress({ actionId, version, statusCode: "EN_COURS", comment: "", ...point });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.version;
}

function daysAgo(days: number): string {
  const date = new Date(`${todayInFrance()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

describe("points d'avancement", () => {
  it("refuses a point dated in the future, and an untouched form: nothing is saved", async () => {
    const member = await memberOf();
    const { actionId, version } = await createActionAs(member, SLUG);
    actAs(member);
    const future = await recordProgress({
      actionId,
      version,
      date: "2099-03-01",
      progress: "60",
      statusCode: "EN_COURS",
    });
    expect(future).toMatchObject({
      ok: false,
      fieldErrors: {
        date: ["Un point d'avancement constate où en est l'action : sa date ne peut pas être dans le futur."],
      },
    });
    const untouched = await recordProgress({
      actionId,
      version,
      date: todayInFrance(),
      progress: "",
      statusCode: "EN_COURS",
      comment: "",
    });
    expect(untouched).toMatchObject({
      ok: false,
      fieldErrors: { progress: ["Saisissez l'avancement, entre 0 et 100 %."] },
    });
    expect(await pointsOf(actionId)).toHaveLength(1);
    expect(await stateOf(actionId)).toMatchObject({ progress: 20, version: 1 });
  });

  it("refuses a status that contradicts the progress, with every error in one pass", async () => {
    const member = await memberOf();
    const { actionId, version } = await createActionAs(member, SLUG);
    actAs(member);
    expect(
      await recordProgress({
        actionId,
        version,
        date: "pas une date",
        progress: "40",
        statusCode: "REALISEE",
        comment: "",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        date: [expect.stringContaining("JJ/MM/AAAA")],
        progress: ["Une action réalisée est à 100 % : saisissez 100 % ou choisissez un autre statut."],
      },
    });
    expect(
      await recordProgress({ actionId, version, date: todayInFrance(), progress: "100", statusCode: "EN_COURS" }),
    ).toMatchObject({ ok: false, fieldErrors: { statusCode: [expect.stringContaining("Réalisée")] } });
    expect(
      await recordProgress({ actionId, version, date: todayInFrance(), progress: "10", statusCode: "A_VENIR" }),
    ).toMatchObject({ ok: false, fieldErrors: { progress: [expect.stringContaining("0 %")] } });
  });

  it("shows the latest point by date, ties by recording time; a back-dated point completes the history", async () => {
    const member = await memberOf();
    const { actionId, version } = await createActionAs(member, SLUG);
    let current = await record(member, actionId, version, { date: daysAgo(30), progress: "90" });
    expect(await stateOf(actionId)).toMatchObject({ progress: 20 }); // the creation point, today, is later
    current = await record(member, actionId, current, { date: todayInFrance(), progress: "35" });
    current = await record(member, actionId, current, {
      date: todayInFrance(),
      progress: "45",
      statusCode: "EN_PAUSE",
    });
    expect(await stateOf(actionId)).toMatchObject({ progress: 45, statusCode: "EN_PAUSE", version: current });
  });

  it("corrects a wrong point, leaving before → after in the history and the journal", async () => {
    const member = await memberOf();
    const { actionId, version } = await createActionAs(member, SLUG);
    const afterRecord = await record(member, actionId, version, {
      date: todayInFrance(),
      progress: "80",
      comment: "Coquille",
    });
    const [wrong] = await pointsOf(actionId);
    actAs(member);
    const corrected = await correctProgress({
      actionId,
      version: afterRecord,
      pointId: wrong!.id,
      date: daysAgo(2),
      progress: "30",
      statusCode: "EN_COURS",
      comment: "Corrigé : 30 %, pas 80 %",
    });
    expect(corrected).toMatchObject({ ok: true, data: { version: afterRecord + 1 } });
    // Corrected to two days ago, the point is no longer the latest: the creation point (today) is.
    expect(await stateOf(actionId)).toMatchObject({ progress: 20 });
    expect((await pointsOf(actionId)).map((point) => point.progress)).toEqual([20, 30]);

    const [entry] = await listActionHistoryEntries(actionId);
    expect(entry).toMatchObject({
      operationLabel: "Correction d'un point d'avancement",
      previousProgressUpdate: { progress: 80, comment: "Coquille", date: todayInFrance() },
      progressUpdate: { progress: 30, comment: "Corrigé : 30 %, pas 80 %", date: daysAgo(2) },
    });
    const admin = await permissionUserOf(await createUser({ college: "ADMIN" }));
    const journal = await listAuditLog(admin, { page: 1, kind: "progress.correct", person: member.id });
    expect(journal.items[0]!.changes[0]).toMatchObject({
      label: "Point d'avancement",
      before: expect.stringContaining("80"),
      after: expect.stringContaining("30"),
    });
  });

  it("withdraws a point, and the action goes back to its previous latest point; the only point stays", async () => {
    const member = await memberOf();
    const { actionId, version } = await createActionAs(member, SLUG);
    const recorded = await record(member, actionId, version, { date: todayInFrance(), progress: "55" });
    expect(await stateOf(actionId)).toMatchObject({ progress: 55 });
    const [latest, creation] = await pointsOf(actionId);
    actAs(member);
    expect(await withdrawProgress({ actionId, version: recorded, pointId: latest!.id })).toMatchObject({ ok: true });
    expect(await stateOf(actionId)).toMatchObject({ progress: 20, version: recorded + 1 });
    const [entry] = await listActionHistoryEntries(actionId);
    expect(entry).toMatchObject({
      operationLabel: "Retrait d'un point d'avancement",
      previousProgressUpdate: { progress: 55 },
      progressUpdate: null,
    });
    expect(await withdrawProgress({ actionId, version: recorded + 1, pointId: creation!.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: expect.stringContaining("seul point"),
    });
    expect(await pointsOf(actionId)).toHaveLength(1);
  });

  it("lets only who may record progress correct or withdraw, on the current version", async () => {
    const member = await memberOf();
    const { actionId, version } = await createActionAs(member, SLUG);
    const recorded = await record(member, actionId, version, { date: todayInFrance(), progress: "55" });
    const [point] = await pointsOf(actionId);
    const correction = {
      actionId,
      version: recorded,
      pointId: point!.id,
      date: todayInFrance(),
      progress: "60",
      statusCode: "EN_COURS",
    };
    for (const { user, code } of [
      { user: await createUser({ college: "ETAT", regionCode: "28" }), code: "FORBIDDEN" },
      { user: await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] }), code: "NOT_FOUND" },
      { user: null, code: "UNAUTHENTICATED" },
    ]) {
      actAs(user);
      expect(await correctProgress(correction)).toMatchObject({ ok: false, code });
      expect(await withdrawProgress({ actionId, version: recorded, pointId: point!.id })).toMatchObject({
        ok: false,
        code,
      });
    }
    actAs(member);
    expect(await correctProgress({ ...correction, version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    // A point of another action is not found through this one.
    const other = await createActionAs(member, SLUG);
    expect(await correctProgress({ ...correction, actionId: other.actionId, version: other.version })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await stateOf(actionId)).toMatchObject({ progress: 55, version: recorded });
  });

  it("corrects and withdraws through the API", async () => {
    const member = await memberOf();
    const { actionId, version } = await createActionAs(member, SLUG);
    const recorded = await record(member, actionId, version, { date: todayInFrance(), progress: "55" });
    const [point] = await pointsOf(actionId);
    const path = `/api/v1/actions/${actionId}/progress/${point!.id}`;
    const context = routeContext({ id: actionId, pointId: point!.id });
    actAs(member);
    const corrected = await expectJson(
      await PATCH(
        apiRequest(path, {
          method: "PATCH",
          json: { version: recorded, date: todayInFrance(), progress: 65, statusCode: "EN_COURS" },
        }),
        context,
      ),
      200,
      apiAction,
    );
    expect(corrected).toMatchObject({ progress: 65, version: recorded + 1 });
    const stale = await DELETE(apiRequest(path, { method: "DELETE", json: { version: recorded } }), context);
    await expectJson(stale, 409, apiError);
    const withdrawn = await expectJson(
      await DELETE(apiRequest(path, { method: "DELETE", json: { version: recorded + 1 } }), context),
      200,
      apiAction,
    );
    expect(withdrawn).toMatchObject({ progress: 20, progressUpdates: [{ progress: 20 }] });
  });
});
