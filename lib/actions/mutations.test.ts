import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actionInput, actionUpdateInput, createActionAs } from "@/tests/actions";
import { actAs } from "@/tests/session";
import { archiveAction, createAction, updateAction } from "./mutations";
import { recordProgress } from "./progress/mutations";
import { STALE_VERSION_MESSAGE } from "./write/action-rows";

const prisma = getPrisma();

/** The shared valid input, with two funding lines to check their order. */
const twoFundingLines = {
  fundingLines: [
    { funderCode: "ETAT", amountRequested: "100000", amountGranted: "80000" },
    { funderCode: "REGION", amountRequested: "50000", amountGranted: "0" },
  ],
};
const validAction = (slug = "axe-seine") => actionInput(slug, twoFundingLines);

const auditCount = (actionId: string) =>
  prisma.auditEvent.count({ where: { entityType: "action", entityId: actionId } });

async function memberOf(slug: string, isBinome = false): Promise<TestUser> {
  return createUser({ college: "ELU", territories: [{ slug, isBinome }] });
}

const createAs = (user: TestUser, slug = "axe-seine") => createActionAs(user, slug, twoFundingLines);

describe("createAction", () => {
  it("lets a committee member create an action with its funding and indicators, audited once", async () => {
    const member = await memberOf("axe-seine");
    const created = await createAs(member);
    const action = await prisma.action.findUniqueOrThrow({
      where: { id: created.actionId },
      include: { fundingLines: { orderBy: { position: "asc" } }, indicators: true, lever: true },
    });
    expect(action).toMatchObject({
      title: "Parcours de reconversion vers la maintenance industrielle",
      progress: 20,
      plannedBudget: 250000,
      version: 1,
    });
    expect(action.lever.code).toBe("COMPETENCES");
    expect(action.fundingLines.map((l) => [l.funderCode, l.amountRequested, l.amountGranted])).toEqual([
      ["ETAT", 100000, 80000],
      ["REGION", 50000, 0],
    ]);
    expect(action.indicators).toEqual([
      expect.objectContaining({ label: "Personnes formées", target: 60, latestValue: 12 }),
    ]);
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.actionId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: "create", actorId: member.id, before: null });
    expect(events[0]!.after).toMatchObject({
      title: action.title,
      fundingLines: [expect.anything(), expect.anything()],
    });
  });

  it("refuses other-territory members, Région, disabled and anonymous callers and bad input, writing nothing", async () => {
    const input = await validAction();
    const before = await prisma.action.count();
    const refusals: { user: TestUser | null; code: string }[] = [
      { user: await memberOf("caen-industrie"), code: "NOT_FOUND" },
      { user: await createUser({ college: "REGION", regionCode: "28" }), code: "FORBIDDEN" },
      {
        user: await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }], disabled: true }),
        code: "UNAUTHENTICATED",
      },
      { user: null, code: "UNAUTHENTICATED" },
    ];
    for (const { user, code } of refusals) {
      actAs(user);
      expect(await createAction(input)).toMatchObject({ ok: false, code });
    }
    actAs(await memberOf("axe-seine"));
    const invalid = await createAction({
      ...input,
      title: "",
      progress: "150",
      plannedEndDate: "2025-01-01",
      fundingLines: [{ funderCode: "ETAT", amountRequested: "-5", amountGranted: "0" }],
    });
    expect(invalid).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(invalid.ok ? {} : invalid.fieldErrors).toMatchObject({
      title: [expect.any(String)],
      progress: [expect.any(String)],
      plannedEndDate: [expect.any(String)],
      "fundingLines.0.amountRequested": [expect.any(String)],
    });
    const unknownLever = await createAction({ ...input, leverCode: "INCONNU", statusCode: "PERDU" });
    expect(unknownLever).toMatchObject({
      ok: false,
      fieldErrors: { leverCode: [expect.any(String)], statusCode: [expect.any(String)] },
    });
    expect(await prisma.action.count()).toBe(before);
  });

  it("refuses pilots who are not on the territory's committee", async () => {
    const member = await memberOf("axe-seine");
    const outsider = await memberOf("sud-manche");
    actAs(member);
    const result = await createAction({ ...(await validAction()), pilotIds: [member.id, outsider.id] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { pilotIds: [expect.any(String)] } });
  });
});

describe("coherent actions", () => {
  it("refuses what contradicts itself, reporting every field error in one pass", async () => {
    const member = await memberOf("axe-seine");
    actAs(member);
    const result = await createAction(
      await actionInput("axe-seine", {
        title: "",
        statusCode: "REALISEE",
        progress: "10",
        plannedStartDate: "2027-01-01",
        plannedEndDate: "2026-01-01",
        fundingLines: [{ funderCode: "ETAT", amountRequested: "1000", amountGranted: "900000" }],
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["Donnez un titre d'au moins 3 caractères."],
        progress: ["Une action réalisée est à 100 % : saisissez 100 % ou choisissez un autre statut."],
        plannedEndDate: ["La fin prévue ne peut pas précéder le début prévu."],
        "fundingLines.0.amountGranted": ["Le montant accordé ne peut pas dépasser le montant demandé."],
      },
    });
  });
});

describe("updateAction", () => {
  it("saves on the current version, audited with before and after; a stale version is refused", async () => {
    const member = await memberOf("axe-seine");
    const { actionId } = await createAs(member);
    const input = {
      ...(await actionUpdateInput("axe-seine", { actionId, version: 1 })),
      ...twoFundingLines,
      title: "Parcours de reconversion (phase 2)",
    };
    const updated = await updateAction(input);
    expect(updated).toMatchObject({ ok: true, data: { version: 2 } });
    const events = await prisma.auditEvent.findMany({ where: { entityId: actionId }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.operation)).toEqual(["create", "update"]);
    expect(events[1]!.before).toMatchObject({ title: "Parcours de reconversion vers la maintenance industrielle" });
    expect(events[1]!.after).toMatchObject({ title: "Parcours de reconversion (phase 2)" });

    const stale = await updateAction({ ...input, title: "Écrase la modification d'un collègue" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", message: STALE_VERSION_MESSAGE });
    expect((await prisma.action.findUniqueOrThrow({ where: { id: actionId } })).title).toBe(
      "Parcours de reconversion (phase 2)",
    );
    expect(await auditCount(actionId)).toBe(2);
  });

  it("never moves an action to another territory, and refuses outsiders without writing", async () => {
    const member = await memberOf("axe-seine");
    const { actionId } = await createAs(member);
    const input = {
      ...(await actionUpdateInput("caen-industrie", { actionId, version: 1 })),
      territoryId: await territoryId("caen-industrie"),
      title: "Titre modifié",
    };
    for (const { user, code } of [
      { user: await memberOf("caen-industrie"), code: "NOT_FOUND" },
      { user: null, code: "UNAUTHENTICATED" },
    ]) {
      actAs(user);
      expect(await updateAction(input)).toMatchObject({ ok: false, code });
    }
    actAs(member);
    // The state changes through points d'avancement only.
    expect(await updateAction({ ...input, progress: "60" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { progress: [expect.stringContaining("point d'avancement")] },
    });
    expect(await updateAction(input)).toMatchObject({ ok: true });
    const saved = await prisma.action.findUniqueOrThrow({ where: { id: actionId } });
    expect(saved.territoryId).toBe(await territoryId("axe-seine"));
    expect(await auditCount(actionId)).toBe(2);
  });
});

describe("recordProgress", () => {
  it("adds a dated update, moves the action to its latest state, one audit event each", async () => {
    const member = await memberOf("axe-seine");
    const { actionId } = await createAs(member);
    actAs(member);
    const first = await recordProgress({
      actionId,
      version: 1,
      date: todayInFrance(),
      progress: "40",
      statusCode: "EN_COURS",
      comment: "Première promotion lancée.",
    });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const backDated = await recordProgress({
      actionId,
      version: 2,
      date: "2026-02-01",
      progress: "30",
      statusCode: "EN_COURS",
      comment: "",
    });
    expect(backDated).toMatchObject({ ok: true, data: { version: 3 } });
    const action = await prisma.action.findUniqueOrThrow({
      where: { id: actionId },
      include: { progressUpdates: true },
    });
    // The point given at creation, today's, and the back-dated one, which leaves the state as it was.
    expect(action.progressUpdates).toHaveLength(3);
    expect(action).toMatchObject({ progress: 40, statusCode: "EN_COURS" });
    expect(await auditCount(actionId)).toBe(3);
    expect(
      await recordProgress({ actionId, version: 1, date: "2026-04-01", progress: "50", statusCode: "EN_COURS" }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("refuses outsiders, the State and bad input without writing", async () => {
    const member = await memberOf("axe-seine");
    const { actionId } = await createAs(member);
    const input = { actionId, version: 1, date: "2026-03-01", progress: "40", statusCode: "EN_COURS" };
    for (const { user, code } of [
      { user: await memberOf("lisieux-industrie"), code: "NOT_FOUND" },
      { user: await createUser({ college: "ETAT", regionCode: "28" }), code: "FORBIDDEN" },
      { user: null, code: "UNAUTHENTICATED" },
    ]) {
      actAs(user);
      expect(await recordProgress(input)).toMatchObject({ ok: false, code });
    }
    actAs(member);
    expect(await recordProgress({ ...input, progress: "101", date: "hier" })).toMatchObject({
      ok: false,
      fieldErrors: { progress: [expect.any(String)], date: [expect.any(String)] },
    });
    expect(await prisma.progressUpdate.count({ where: { actionId } })).toBe(1);
    expect(await auditCount(actionId)).toBe(1);
  });
});

describe("archiveAction", () => {
  it("lets the binôme archive; a plain member, outsiders and anonymous cannot", async () => {
    const member = await memberOf("axe-seine");
    const binome = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "axe-seine", isBinome: true }] });
    const { actionId } = await createAs(member);
    for (const { user, code } of [
      { user: member, code: "FORBIDDEN" },
      { user: await memberOf("nord-cotentin", true), code: "NOT_FOUND" },
      { user: null, code: "UNAUTHENTICATED" },
    ]) {
      actAs(user);
      expect(await archiveAction({ actionId, version: 1 })).toMatchObject({ ok: false, code });
    }
    expect((await prisma.action.findUniqueOrThrow({ where: { id: actionId } })).archivedAt).toBeNull();
    actAs(binome);
    expect(await archiveAction({ actionId, version: 1 })).toMatchObject({ ok: true });
    expect((await prisma.action.findUniqueOrThrow({ where: { id: actionId } })).archivedAt).not.toBeNull();
    expect(await auditCount(actionId)).toBe(2);
    // An archived action can no longer change.
    actAs(member);
    expect(
      await recordProgress({ actionId, version: 2, date: "2026-05-01", progress: "50", statusCode: "EN_COURS" }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});

describe("audit events", () => {
  it("cannot be altered or deleted, even by the application's own database user", async () => {
    const member = await memberOf("axe-seine");
    const { actionId } = await createAs(member);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: actionId } });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { operation: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      operation: "create",
    });
  });
});
