import { beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { createUser, territoryId } from "@/tests/factories";
import { permissionUserOf } from "@/tests/actions";
import { runAggregate } from "./aggregate";
import { comparisonRowsAggregate } from "./comparison-queries";
import { getComparison, getTerritoryDashboard } from "./queries";
import type { DashboardFilters } from "./types";

// A small fixed action plan on Vallée de l'Huisne, a territory no other test writes actions into
// (the test database is shared by test files running in parallel): every figure below is computed
// by hand from it. "Today" is fixed at 15 June 2026; the period runs from December 2025 to June
// 2026, i.e. from 2025-12-01 to 2026-06-30.
//
// | action | lever           | status     | progress | start      | end        | budget  | funding (requested/granted)      |
// | A1     | COMPETENCES     | EN_COURS   | 40       | 2025-09-01 | 2026-03-31 | 100 000 | ETAT 60 000/50 000, REGION 20 000/0 |
// | A2     | COMPETENCES     | REALISEE   | 100      | 2025-06-01 | 2026-02-28 | 50 000  | ETAT 30 000/30 000               |
// | A3     | ATTRACTIVITE    | BLOQUEE    | 10       | 2026-02-01 | 2026-12-31 | —       | EUROPE 40 000/10 000             |
// | A4     | ATTRACTIVITE    | BLOQUEE    | 20       | —          | 2026-05-31 | 20 000  | —                                |
// | A5     | COMPETENCES     | REALISEE   | 100      | 2025-01-01 | 2025-10-31 | 10 000  | BPIFRANCE 99 999/99 999          |
// | A6     | COMPETENCES     | EN_COURS   | 90       | —          | —          | 70 000  | INTERCOMMUNALITE 5 000/5 000 (archived) |
// | A7     | INFRASTRUCTURES | A_VENIR    | 0        | 2026-09-01 | 2027-06-30 | 30 000  | —                                |
//
// Active in the period: A1–A4. A5 is closed and ended before 2025-12-01, A6 is archived, A7 starts
// after 2026-06-30. Late (end < 2026-06-15, not closed): A1, A4 (A2 ended too but is Réalisée).

const SLUG = "vallee-de-l-huisne";
const TODAY = "2026-06-15";
const PERIOD: DashboardFilters = { from: "2025-12", to: "2026-06" };

type Seed = {
  title: string;
  lever: string;
  status: string;
  progress: number;
  start?: string;
  end?: string;
  budget?: number;
  archived?: boolean;
  funding?: [funder: string, requested: number, granted: number][];
  updates?: [date: string, progress: number][];
};

const plan: Seed[] = [
  {
    title: "A1 Formation soudeurs",
    lever: "COMPETENCES",
    status: "EN_COURS",
    progress: 40,
    start: "2025-09-01",
    end: "2026-03-31",
    budget: 100000,
    funding: [
      ["ETAT", 60000, 50000],
      ["REGION", 20000, 0],
    ],
    updates: [
      ["2026-01-10", 20],
      ["2026-03-05", 30],
      ["2026-03-20", 40],
    ],
  },
  {
    title: "A2 Campus des métiers",
    lever: "COMPETENCES",
    status: "REALISEE",
    progress: 100,
    start: "2025-06-01",
    end: "2026-02-28",
    budget: 50000,
    funding: [["ETAT", 30000, 30000]],
    updates: [
      ["2026-01-25", 60],
      ["2026-02-20", 100],
    ],
  },
  {
    title: "A3 Marque territoriale",
    lever: "ATTRACTIVITE",
    status: "BLOQUEE",
    progress: 10,
    start: "2026-02-01",
    end: "2026-12-31",
    funding: [["EUROPE", 40000, 10000]],
    // The July update is after the period: never counted.
    updates: [
      ["2026-04-02", 10],
      ["2026-07-01", 50],
    ],
  },
  {
    title: "A4 Logements saisonniers",
    lever: "ATTRACTIVITE",
    status: "BLOQUEE",
    progress: 20,
    end: "2026-05-31",
    budget: 20000,
  },
  {
    title: "A5 Diagnostic emploi",
    lever: "COMPETENCES",
    status: "REALISEE",
    progress: 100,
    start: "2025-01-01",
    end: "2025-10-31",
    budget: 10000,
    funding: [["BPIFRANCE", 99999, 99999]],
    updates: [["2026-02-10", 100]],
  },
  {
    title: "A6 Action archivée",
    lever: "COMPETENCES",
    status: "EN_COURS",
    progress: 90,
    budget: 70000,
    archived: true,
    funding: [["INTERCOMMUNALITE", 5000, 5000]],
    updates: [["2025-12-15", 90]],
  },
  {
    title: "A7 Desserte ferroviaire",
    lever: "INFRASTRUCTURES",
    status: "A_VENIR",
    progress: 0,
    start: "2026-09-01",
    end: "2027-06-30",
    budget: 30000,
  },
];

const ids: Record<string, string> = {};

beforeAll(async () => {
  const prisma = getPrisma();
  const territory = await territoryId(SLUG);
  const levers = new Map((await prisma.lever.findMany()).map((lever) => [lever.code, lever.id]));
  for (const seed of plan) {
    const action = await prisma.action.create({
      data: {
        territoryId: territory,
        leverId: levers.get(seed.lever)!,
        title: seed.title,
        statusCode: seed.status,
        progress: seed.progress,
        plannedStartDate: seed.start ? dayToDate(seed.start) : null,
        plannedEndDate: seed.end ? dayToDate(seed.end) : null,
        plannedBudget: seed.budget ?? null,
        carrierCollege: "ELU",
        carrierOrganisation: "CC Cœur du Perche",
        archivedAt: seed.archived ? new Date() : null,
        fundingLines: {
          create: (seed.funding ?? []).map(([funderCode, amountRequested, amountGranted], position) => ({
            funderCode,
            amountRequested,
            amountGranted,
            position,
          })),
        },
        progressUpdates: {
          create: (seed.updates ?? []).map(([date, progress]) => ({
            date: dayToDate(date),
            progress,
            statusCode: seed.status,
          })),
        },
      },
    });
    ids[seed.title.slice(0, 2)] = action.id;
  }
});

const memberOf = async (slug: string) =>
  permissionUserOf(await createUser({ college: "ELU", territories: [{ slug }] }));

describe("getTerritoryDashboard", () => {
  it("computes the tiles, bars and funding of the actions active in the period", async () => {
    const dashboard = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, TODAY);
    expect(dashboard?.territory.slug).toBe(SLUG);
    expect(dashboard!.statuses.map((s) => s.code)).toEqual([
      "A_VENIR",
      "EN_COURS",
      "REALISEE",
      "EN_PAUSE",
      "BLOQUEE",
      "ABANDONNEE",
    ]);
    expect(dashboard!.tiles).toEqual({
      actionCount: 4, // A1–A4
      doneCount: 1, // A2
      averageProgress: 43, // (40 + 100 + 10 + 20) / 4 = 42.5, rounded half up
      lateCount: 2, // A1, A4
      blockedCount: 2, // A3, A4
      lateOrBlockedCount: 3, // A1, A3, A4 (A4 is both, counted once)
      plannedBudget: 170000, // 100 000 + 50 000 + 20 000 (A3 has none)
      fundingRequested: 150000, // 60 000 + 20 000 + 30 000 + 40 000
      fundingGranted: 90000, // 50 000 + 0 + 30 000 + 10 000
    });
    const zeros = { A_VENIR: 0, EN_COURS: 0, REALISEE: 0, EN_PAUSE: 0, BLOQUEE: 0, ABANDONNEE: 0 };
    expect(dashboard!.byLeverAndStatus).toEqual([
      { leverCode: "COMPETENCES", leverLabel: expect.any(String), counts: { ...zeros, EN_COURS: 1, REALISEE: 1 } },
      { leverCode: "ATTRACTIVITE", leverLabel: expect.any(String), counts: { ...zeros, BLOQUEE: 2 } },
      { leverCode: "INFRASTRUCTURES", leverLabel: expect.any(String), counts: zeros },
    ]);
    expect(dashboard!.progressByLever.map((l) => [l.leverCode, l.actionCount, l.averageProgress])).toEqual([
      ["COMPETENCES", 2, 70], // (40 + 100) / 2
      ["ATTRACTIVITE", 2, 15], // (10 + 20) / 2
      ["INFRASTRUCTURES", 0, null], // A7 starts after the period
    ]);
    const funding = Object.fromEntries(dashboard!.fundingByFunder.map((f) => [f.funderCode, [f.requested, f.granted]]));
    expect(dashboard!.fundingByFunder).toHaveLength(8); // every funder type, in order
    expect(funding).toEqual({
      ETAT: [90000, 80000], // A1 + A2
      REGION: [20000, 0],
      INTERCOMMUNALITE: [0, 0], // A6 is archived
      INDUSTRIELS: [0, 0],
      BANQUE_DES_TERRITOIRES: [0, 0],
      BPIFRANCE: [0, 0], // A5 ended before the period
      EUROPE: [40000, 10000],
      AUTRE: [0, 0],
    });
  });

  it("follows progress month by month from the dated updates", async () => {
    const dashboard = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, TODAY);
    // Every live action counts here (A5 included), each with its latest update by the month's end.
    expect(dashboard!.progressOverTime).toEqual([
      { month: "2025-12", averageProgress: null, actionCount: 0 }, // only archived A6 has an update
      { month: "2026-01", averageProgress: 40, actionCount: 2 }, // A1 20, A2 60
      { month: "2026-02", averageProgress: 73, actionCount: 3 }, // A1 20 carried over, A2 100, A5 100: 220 / 3
      { month: "2026-03", averageProgress: 80, actionCount: 3 }, // A1 40 (20 March beats 5 March), A2, A5
      { month: "2026-04", averageProgress: 63, actionCount: 4 }, // + A3 10: 250 / 4 = 62.5
      { month: "2026-05", averageProgress: 63, actionCount: 4 },
      { month: "2026-06", averageProgress: 63, actionCount: 4 }, // A3's July update not yet
    ]);
  });

  it("lists late then blocked actions as points de vigilance", async () => {
    const dashboard = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, TODAY);
    expect(dashboard!.vigilance.map((v) => [v.actionId, v.reason, v.plannedEndDate, v.progress])).toEqual([
      [ids.A1, "late", "2026-03-31", 40],
      [ids.A4, "late_and_blocked", "2026-05-31", 20],
      [ids.A3, "blocked", "2026-12-31", 10],
    ]);
    expect(dashboard!.vigilance[0]).toMatchObject({ title: "A1 Formation soudeurs", statusLabel: expect.any(String) });
  });

  it("restricts every figure to the chosen lever", async () => {
    const dashboard = await getTerritoryDashboard(
      await memberOf(SLUG),
      SLUG,
      { ...PERIOD, lever: "ATTRACTIVITE" },
      TODAY,
    );
    expect(dashboard!.tiles).toEqual({
      actionCount: 2,
      doneCount: 0,
      averageProgress: 15,
      lateCount: 1, // A4
      blockedCount: 2,
      lateOrBlockedCount: 2, // A3, A4
      plannedBudget: 20000,
      fundingRequested: 40000,
      fundingGranted: 10000,
    });
    expect(dashboard!.progressOverTime.map((m) => m.averageProgress)).toEqual([null, null, null, null, 10, 10, 10]);
    expect(dashboard!.vigilance.map((v) => v.actionId)).toEqual([ids.A4, ids.A3]);
  });

  it("answers with a bounded number of queries and hides territories out of scope", async () => {
    const spy = vi.spyOn(getPrisma(), "$queryRaw");
    await getTerritoryDashboard(await memberOf(SLUG), SLUG, { from: "2020-01", to: "2026-06" }, TODAY);
    expect(spy).toHaveBeenCalledTimes(5); // tiles, lever × status, months, funding, vigilance
    spy.mockRestore();
    expect(await getTerritoryDashboard(await memberOf("sud-manche"), SLUG, PERIOD, TODAY)).toBeNull();
    expect(await getTerritoryDashboard(await memberOf(SLUG), "inconnu", PERIOD, TODAY)).toBeNull();
  });
});

describe("getComparison", () => {
  const huisneRow = {
    unit: { id: expect.any(String), slug: SLUG, name: "Vallée de l'Huisne" },
    progressByLever: { COMPETENCES: 70, ATTRACTIVITE: 15, INFRASTRUCTURES: null },
    statusCounts: { A_VENIR: 0, EN_COURS: 1, REALISEE: 1, EN_PAUSE: 0, BLOQUEE: 2, ABANDONNEE: 0 },
    actionCount: 4,
    lateCount: 2,
    plannedBudget: 170000,
    fundingGranted: 90000,
  };

  it("compares regions for the administrator, and a chosen region's territories with the dashboard's figures", async () => {
    const admin = await permissionUserOf(await createUser({ college: "ADMIN" }));
    const national = await getComparison(admin, PERIOD, TODAY);
    expect(national.unit).toBe("region");
    expect(national.scopeLabel).toBe("Toutes les régions");
    expect(national.levers.map((l) => l.code)).toEqual(["COMPETENCES", "ATTRACTIVITE", "INFRASTRUCTURES"]);
    // The ten territories of the communiqué are all led by Normandie; some also touch other regions
    // (Bresle: Hauts-de-France), which can be chosen to compare the territories touching them.
    expect(national.rows.map((row) => row.unit)).toContainEqual({ id: "28", slug: "28", name: "Normandie" });
    expect(national.rows.map((row) => row.unit.slug)).not.toContain("32");
    expect(national.regionChoice?.regions.map((region) => region.name)).toEqual(
      expect.arrayContaining(["Hauts-de-France", "Normandie"]),
    );

    const normandie = await getComparison(admin, PERIOD, TODAY, "28");
    expect(normandie).toMatchObject({ unit: "territory", scopeLabel: "Normandie", regionChoice: { selected: "28" } });
    expect(normandie.rows).toHaveLength(10);
    expect(normandie.rows.find((row) => row.unit.slug === SLUG)).toEqual(huisneRow);
    const hautsDeFrance = await getComparison(admin, PERIOD, TODAY, "32");
    expect(hautsDeFrance.rows.map((row) => row.unit.slug)).toEqual(["vallee-de-la-bresle"]);
  });

  it("sums a region's territories into the region's row (here a region of one territory)", async () => {
    const [regionRow] = await runAggregate(comparisonRowsAggregate([await territoryId(SLUG)], PERIOD, TODAY, "region"));
    const { progressByLever, statusCounts, actionCount, lateCount, plannedBudget, fundingGranted } = huisneRow;
    expect(regionRow).toEqual({
      unitId: "28",
      ...{ progressByLever, statusCounts, actionCount, lateCount, plannedBudget, fundingGranted },
    });
  });

  it("limits Région, État and committee members to their scope", async () => {
    const hautsDeFrance = await permissionUserOf(await createUser({ college: "REGION", regionCode: "32" }));
    const regional = await getComparison(hautsDeFrance, PERIOD, TODAY);
    expect(regional.scopeLabel).toBe("Hauts-de-France");
    expect(regional.rows.map((row) => row.unit.slug)).toEqual(["vallee-de-la-bresle"]);

    const etat = await permissionUserOf(await createUser({ college: "ETAT", regionCode: "28" }));
    const normandie = await getComparison(etat, PERIOD, TODAY);
    expect(normandie.scopeLabel).toBe("Normandie");
    expect(normandie.rows.find((row) => row.unit.slug === SLUG)).toEqual(huisneRow);

    const member = await getComparison(await memberOf(SLUG), PERIOD, TODAY);
    expect(member.scopeLabel).toBe("Mes territoires");
    expect(member.rows).toEqual([huisneRow]);
  });
});
