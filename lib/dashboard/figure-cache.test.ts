import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { dayToDate, todayInFrance } from "@/lib/dates";
import { currentRequestTiming, runWithRequestTiming, serverTimingHeader } from "@/lib/observability/server-timing";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { defaultPeriod } from "./filters";
import { allDataVersions, cachedFigures, territoryDataVersions, type FigureKey } from "./figure-cache";
import { getTerritoryPage } from "@/lib/territories/queries";
import { getComparison, getTerritoryDashboard } from "./queries";

// Sud Manche is written here and by no other test file; Côte d'Albâtre is never written: its
// version must not move when Sud Manche's does (test files run in parallel on one database).
const WRITTEN = "sud-manche";
const UNTOUCHED = "cote-d-albatre";
// Actions start from a point dated today (lib/actions/write/audited-change.ts): figures as of today.
const TODAY = todayInFrance();
const PERIOD = defaultPeriod(TODAY);

async function versionOf(slug: string): Promise<bigint> {
  const row = await getPrisma().dataVersion.findUnique({ where: { scope: `territory:${await territoryId(slug)}` } });
  return row?.version ?? 0n;
}

async function globalVersion(): Promise<bigint> {
  return (await getPrisma().dataVersion.findUnique({ where: { scope: "global" } }))?.version ?? 0n;
}

/** Runs `write` and tells whether it raised the written territory's version and left the other one alone. */
async function expectBump(write: () => Promise<unknown>): Promise<void> {
  const [before, untouchedBefore] = [await versionOf(WRITTEN), await versionOf(UNTOUCHED)];
  await write();
  expect(await versionOf(WRITTEN)).toBeGreaterThan(before);
  expect(await versionOf(UNTOUCHED)).toBe(untouchedBefore);
}

describe("data versions", () => {
  it("rise with every write a territory's figures read, in that territory only", async () => {
    const prisma = getPrisma();
    const member = await createUser({ territories: [{ slug: WRITTEN }] });
    let actionId = "";
    await expectBump(async () => {
      actionId = (await createActionAs(member, WRITTEN)).actionId;
    });
    await expectBump(() =>
      prisma.progressUpdate.create({
        data: { actionId, date: new Date("2026-11-02"), progress: 35, statusCode: "EN_COURS" },
      }),
    );
    await expectBump(() => prisma.fundingLine.updateMany({ where: { actionId }, data: { amountGranted: 90_000 } }));
    await expectBump(() => prisma.action.update({ where: { id: actionId }, data: { archivedAt: null } }));
    const meeting = await prisma.meeting.create({
      data: {
        territoryId: await territoryId(WRITTEN),
        kind: "COMITE_PILOTAGE",
        startsAt: new Date("2026-10-01T08:00:00Z"),
        place: "Salle",
      },
    });
    await expectBump(() => prisma.meeting.update({ where: { id: meeting.id }, data: { place: "Mairie" } }));
    const item = await prisma.agendaItem.create({
      data: { meetingId: meeting.id, position: 1, reason: "FREE", actionId, title: "Point" },
    });
    await expectBump(() =>
      prisma.decision.create({
        data: {
          meetingId: meeting.id,
          agendaItemId: item.id,
          actionId,
          kind: "AUTRE",
          text: "Relancer le financeur",
          dueDate: new Date("2026-10-15"),
        },
      }),
    );
    await expectBump(() =>
      prisma.minutes.create({
        data: { meetingId: meeting.id, content: {}, meetingVersion: meeting.version, compiledAt: new Date() },
      }),
    );
    await expectBump(() => prisma.progressUpdate.deleteMany({ where: { actionId } }));
  });

  it("rise when the territory page's committee or contacts change, not when a member merely signs out", async () => {
    const prisma = getPrisma();
    const member = await createUser();
    const writtenId = await territoryId(WRITTEN);
    await expectBump(() => prisma.membership.create({ data: { userId: member.id, territoryId: writtenId } }));
    await expectBump(() => prisma.user.update({ where: { id: member.id }, data: { name: "Nouveau nom" } }));
    const before = await versionOf(WRITTEN);
    await prisma.user.update({ where: { id: member.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await versionOf(WRITTEN)).toBe(before);
    const officer = await createUser({ college: "ETAT", regionCode: "28" });
    await expectBump(() => prisma.territoryContact.create({ data: { userId: officer.id, territoryId: writtenId } }));
    await expectBump(() => prisma.user.update({ where: { id: officer.id }, data: { disabledAt: new Date() } }));
    await expectBump(() =>
      prisma.membership.delete({ where: { userId_territoryId: { userId: member.id, territoryId: writtenId } } }),
    );
  });

  it("do not move when the write is rolled back", async () => {
    const member = await createUser({ territories: [{ slug: WRITTEN }] });
    const { actionId } = await createActionAs(member, WRITTEN);
    const before = await versionOf(WRITTEN);
    await expect(
      getPrisma().$transaction(async (tx) => {
        await tx.progressUpdate.create({
          data: { actionId, date: new Date("2026-11-03"), progress: 50, statusCode: "EN_COURS" },
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await versionOf(WRITTEN)).toBe(before);
  });

  it("have a global one that reference data raises (levers, statuses, territories)", async () => {
    const before = await globalVersion();
    const lever = await getPrisma().lever.findFirstOrThrow({ where: { code: "COMPETENCES" } });
    await getPrisma().lever.update({ where: { id: lever.id }, data: { label: lever.label } });
    expect(await globalVersion()).toBeGreaterThan(before);
  });
});

describe("the figure cache", () => {
  const key = (versions: string, ...parts: unknown[]): FigureKey => ({
    kind: `test-${Math.random()}`,
    versions,
    parts,
  });

  it("computes figures once per key, even for readers that arrive together", async () => {
    const compute = vi.fn(async () => ({ value: { count: 3 } }));
    const figures = key("v1", "filters");
    const results = await Promise.all([cachedFigures(figures, compute), cachedFigures(figures, compute)]);
    expect(await cachedFigures(figures, compute)).toEqual({ count: 3 });
    expect(results).toEqual([{ count: 3 }, { count: 3 }]);
    expect(compute).toHaveBeenCalledTimes(1);
    // A new version is a new key: computed afresh.
    await cachedFigures({ ...figures, versions: "v2" }, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("recomputes figures once the moment they change with time has come, and keeps no failure", async () => {
    let now = 1_000;
    const clock = () => now;
    const figures = key("v1");
    const compute = vi.fn(async () => ({ value: now, validUntil: new Date(2_000) }));
    expect(await cachedFigures(figures, compute, clock)).toBe(1_000);
    now = 1_999;
    expect(await cachedFigures(figures, compute, clock)).toBe(1_000);
    now = 2_000;
    expect(await cachedFigures(figures, compute, clock)).toBe(2_000);

    const failing = key("v1");
    await expect(cachedFigures(failing, () => Promise.reject(new Error("database down")))).rejects.toThrow();
    expect(await cachedFigures(failing, async () => ({ value: "ok" }))).toBe("ok");
  });
});

describe("cached dashboards", () => {
  it("show a new committee member on the territory page at once", async () => {
    const reader = await permissionUserOf(await createUser({ territories: [{ slug: WRITTEN }] }));
    const before = await getTerritoryPage(reader, WRITTEN);
    const newcomer = await createUser({ territories: [{ slug: WRITTEN }] });
    const after = await getTerritoryPage(reader, WRITTEN);
    expect(after!.committee).toHaveLength(before!.committee.length + 1);
    await getPrisma().user.update({ where: { id: newcomer.id }, data: { name: "Zoé Martin" } });
    expect((await getTerritoryPage(reader, WRITTEN))!.committee.map((member) => member.name)).toContain("Zoé Martin");
    const outsider = await permissionUserOf(await createUser({ territories: [{ slug: UNTOUCHED }] }));
    expect(await getTerritoryPage(outsider, WRITTEN)).toBeNull();
  });

  it("show a write at once, and count their cache hits in Server-Timing", async () => {
    const member = await createUser({ territories: [{ slug: WRITTEN }] });
    const viewer = await permissionUserOf(member);
    const first = await getTerritoryDashboard(viewer, WRITTEN, PERIOD, TODAY);
    const { actionId } = await createActionAs(member, WRITTEN, { progress: "10" });
    const afterCreate = await getTerritoryDashboard(viewer, WRITTEN, PERIOD, TODAY);
    expect(afterCreate!.tiles.actionCount).toBe(first!.tiles.actionCount + 1);

    await runWithRequestTiming(async () => {
      const warm = await getTerritoryDashboard(viewer, WRITTEN, PERIOD, TODAY);
      expect(warm).toEqual(afterCreate);
      expect(serverTimingHeader(currentRequestTiming()!)).toContain('figures;desc="Cached figures: 1 hit, 0 miss"');
    });

    await getPrisma().progressUpdate.create({
      data: { actionId, date: dayToDate(TODAY), progress: 100, statusCode: "REALISEE" },
    });
    const afterPoint = await getTerritoryDashboard(viewer, WRITTEN, PERIOD, TODAY);
    expect(afterPoint!.tiles.doneCount).toBe(afterCreate!.tiles.doneCount + 1);
  });

  it("check who may see them on every request: cached figures are not a way in", async () => {
    const member = await createUser({ territories: [{ slug: WRITTEN }] });
    const outsider = await createUser({ territories: [{ slug: UNTOUCHED }] });
    expect(await getTerritoryDashboard(await permissionUserOf(member), WRITTEN, PERIOD, TODAY)).not.toBeNull();
    expect(await getTerritoryDashboard(await permissionUserOf(outsider), WRITTEN, PERIOD, TODAY)).toBeNull();
    const comparison = await getComparison(await permissionUserOf(outsider), PERIOD, TODAY);
    expect(comparison.rows.map((row) => row.unit.slug)).toEqual([UNTOUCHED]);
  });

  it("key the comparison by the versions of the territories it reads", async () => {
    const officer = await permissionUserOf(await createUser({ college: "REGION", regionCode: "28" }));
    const member = await createUser({ territories: [{ slug: WRITTEN }] });
    const rowOf = async () =>
      (await getComparison(officer, PERIOD, TODAY)).rows.find((row) => row.unit.slug === WRITTEN)!;
    const before = await rowOf();
    expect(await territoryDataVersions(WRITTEN)).toMatch(/^global=\d+,territory:[\w-]+=\d+$/);
    const allBefore = await allDataVersions();
    await createActionAs(member, WRITTEN, { plannedBudget: "1 000" });
    const after = await rowOf();
    expect(after.actionCount).toBe(before.actionCount + 1);
    expect(after.plannedBudget).toBe(before.plannedBudget + 1_000);
    expect(await allDataVersions()).not.toBe(allBefore);
  });
});
