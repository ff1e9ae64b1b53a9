import { beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { GET } from "@/app/api/v1/territories/[slug]/dashboard/route";
import { apiDashboard } from "@/lib/api/representations";
import { apiRequest, expectJson } from "@/tests/api";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { permissionUserOf } from "@/tests/actions";
import { runAggregate } from "./aggregate";
import { comparisonRowsAggregate } from "./comparison-queries";
import { getComparison, getTerritoryDashboard } from "./queries";
import type { DashboardFilters } from "./types";

// A small fixed action plan on Vallée de l'Huisne, a territory no other test writes actions into
// (the test database is shared by test files running in parallel): every figure below is computed
// by hand from it. "Today" is fixed at 15 June 2026 (no point is dated after it, as in real life);
// the period runs from December 2025 to June 2026, so the figures are as of 15 June 2026.
//
// | action | lever           | end        | budget  | funding (requested/granted)         | points (date: progress status)                          |
// | A1     | COMPETENCES     | 2026-03-31 | 100 000 | ETAT 60 000/50 000, REGION 20 000/0 | 11-20: 0 À venir, 01-10: 20, 03-05: 30, 03-20: 40 En cours |
// | A2     | COMPETENCES     | 2026-02-28 | 50 000  | ETAT 30 000/30 000                  | 12-10: 10, 01-25: 60 En cours, 02-20: 100 Réalisée       |
// | A3     | ATTRACTIVITE    | 2026-12-31 | —       | EUROPE 40 000/10 000                | 04-02: 10 Bloquée                                        |
// | A4     | ATTRACTIVITE    | 2026-05-31 | 20 000  | —                                   | 01-05: 20 Bloquée                                        |
// | A5     | COMPETENCES     | 2025-10-31 | 10 000  | BPIFRANCE 99 999/99 999             | 2025-06-01: 50 En cours, 2025-10-15: 100 Réalisée        |
// | A6     | COMPETENCES     | —          | 70 000  | INTERCOMMUNALITE 5 000/5 000        | 12-15: 90 En cours — archived                            |
// | A7     | INFRASTRUCTURES | 2027-06-30 | 30 000  | —                                   | 05-10: 0 À venir                                         |
//
// Counted as of 15 June: every live action with a point by then, A1–A5 and A7 (A6 is archived),
// at the state of its latest point. Late (end before 15 June, not closed): A1, A4.

const SLUG = "vallee-de-l-huisne";
const TODAY = "2026-06-15";
const PERIOD: DashboardFilters = { from: "2025-12", to: "2026-06" };

type Seed = {
  title: string;
  lever: string;
  end?: string;
  budget?: number;
  archived?: boolean;
  funding?: [funder: string, requested: number, granted: number][];
  points: [date: string, progress: number, status: string][];
};

const plan: Seed[] = [
  {
    title: "A1 Formation soudeurs",
    lever: "COMPETENCES",
    end: "2026-03-31",
    budget: 100000,
    funding: [
      ["ETAT", 60000, 50000],
      ["REGION", 20000, 0],
    ],
    points: [
      ["2025-11-20", 0, "A_VENIR"],
      ["2026-01-10", 20, "EN_COURS"],
      ["2026-03-05", 30, "EN_COURS"],
      ["2026-03-20", 40, "EN_COURS"],
    ],
  },
  {
    title: "A2 Campus des métiers",
    lever: "COMPETENCES",
    end: "2026-02-28",
    budget: 50000,
    funding: [["ETAT", 30000, 30000]],
    points: [
      ["2025-12-10", 10, "EN_COURS"],
      ["2026-01-25", 60, "EN_COURS"],
      ["2026-02-20", 100, "REALISEE"],
    ],
  },
  {
    title: "A3 Marque territoriale",
    lever: "ATTRACTIVITE",
    end: "2026-12-31",
    funding: [["EUROPE", 40000, 10000]],
    points: [["2026-04-02", 10, "BLOQUEE"]],
  },
  {
    title: "A4 Logements saisonniers",
    lever: "ATTRACTIVITE",
    end: "2026-05-31",
    budget: 20000,
    points: [["2026-01-05", 20, "BLOQUEE"]],
  },
  {
    title: "A5 Diagnostic emploi",
    lever: "COMPETENCES",
    end: "2025-10-31",
    budget: 10000,
    funding: [["BPIFRANCE", 99999, 99999]],
    points: [
      ["2025-06-01", 50, "EN_COURS"],
      ["2025-10-15", 100, "REALISEE"],
    ],
  },
  {
    title: "A6 Action archivée",
    lever: "COMPETENCES",
    budget: 70000,
    archived: true,
    funding: [["INTERCOMMUNALITE", 5000, 5000]],
    points: [["2025-12-15", 90, "EN_COURS"]],
  },
  {
    title: "A7 Desserte ferroviaire",
    lever: "INFRASTRUCTURES",
    end: "2027-06-30",
    budget: 30000,
    points: [["2026-05-10", 0, "A_VENIR"]],
  },
];

const ids: Record<string, string> = {};

beforeAll(async () => {
  const prisma = getPrisma();
  const territory = await territoryId(SLUG);
  const levers = new Map((await prisma.lever.findMany()).map((lever) => [lever.code, lever.id]));
  for (const seed of plan) {
    const [firstDate, firstProgress, firstStatus] = seed.points[0]!;
    const action = await prisma.action.create({
      data: {
        territoryId: territory,
        leverId: levers.get(seed.lever)!,
        title: seed.title,
        // The state of the first point: the trigger then moves it to the latest one.
        statusCode: firstStatus,
        progress: firstProgress,
        createdAt: dayToDate(firstDate),
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
          create: seed.points.map(([date, progress, statusCode]) => ({
            date: dayToDate(date),
            progress,
            statusCode,
            createdAt: dayToDate(date),
          })),
        },
      },
    });
    ids[seed.title.slice(0, 2)] = action.id;
  }
  await seedSeances(territory);
});

// The committee's follow-up on the same territory. Séances are past or coming by the real clock
// (a month ago, in ten days); decisions are open, overdue or done as of the day asked:
// | decision | action | due        | state on 15 June 2026 |
// | D1       | A1     | 2026-06-10 | overdue               |
// | D2       | A3     | 2026-07-01 | open                  |
// | D3       | —      | 2026-06-01 | overdue               |
// | D4       | A4     | 2026-05-01 | done (closed)         |
const seances: { pastId?: string; pastStartsAt?: Date; nextId?: string; nextStartsAt?: Date } = {};

async function seedSeances(territory: string) {
  const prisma = getPrisma();
  const daysFromNow = (days: number) => new Date(Math.floor(Date.now() / 1000) * 1000 + days * 86_400_000);
  const past = await prisma.meeting.create({
    data: { territoryId: territory, kind: "COMITE_PILOTAGE", startsAt: daysFromNow(-30), place: "Nogent-le-Rotrou" },
  });
  const older = await prisma.meeting.create({
    data: { territoryId: territory, kind: "COMITE_PROJET", startsAt: daysFromNow(-90), place: "Nogent-le-Rotrou" },
  });
  const next = await prisma.meeting.create({
    data: { territoryId: territory, kind: "COMITE_PROJET", startsAt: daysFromNow(10), place: "Nogent-le-Rotrou" },
  });
  Object.assign(seances, {
    pastId: past.id,
    pastStartsAt: past.startsAt,
    nextId: next.id,
    nextStartsAt: next.startsAt,
  });
  const item = await prisma.agendaItem.create({
    data: { meetingId: past.id, position: 0, reason: "FREE", title: "Suivi du plan" },
  });
  const olderItem = await prisma.agendaItem.create({
    data: { meetingId: older.id, position: 0, reason: "FREE", title: "Suivi du plan" },
  });
  const decide = (
    text: string,
    actionId: string | null,
    dueDate: string,
    options: { at?: typeof item; closed?: boolean } = {},
  ) =>
    prisma.decision.create({
      data: {
        meetingId: (options.at ?? item).meetingId,
        agendaItemId: (options.at ?? item).id,
        actionId,
        kind: "AUTRE",
        text,
        dueDate: dayToDate(dueDate),
        closedAt: options.closed ? new Date() : null,
        closingNote: options.closed ? "Fait" : "",
      },
    });
  await decide("D1 Relancer les financeurs", ids.A1!, "2026-06-10");
  await decide("D2 Présenter la marque", ids.A3!, "2026-07-01");
  await decide("D3 Écrire au préfet", null, "2026-06-01", { at: olderItem });
  await decide("D4 Débloquer le foncier", ids.A4!, "2026-05-01", { closed: true });
  // The older séance's relevé is locked, the last one's awaits the binôme: one relevé to validate.
  await prisma.minutes.create({ data: { meetingId: past.id, content: {}, meetingVersion: 1, compiledAt: new Date() } });
  await prisma.minutes.create({
    data: { meetingId: older.id, content: {}, meetingVersion: 1, compiledAt: new Date(), lockedAt: new Date() },
  });
}

const memberOf = async (slug: string) =>
  permissionUserOf(await createUser({ college: "ELU", territories: [{ slug }] }));

describe("getTerritoryDashboard", () => {
  it("counts every live action of the plan at the state of its latest point, as of the period's end or today", async () => {
    const dashboard = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, TODAY);
    expect(dashboard?.territory.slug).toBe(SLUG);
    expect(dashboard!.asOf).toBe(TODAY);
    expect(dashboard!.statuses.map((s) => s.code)).toEqual([
      "A_VENIR",
      "EN_COURS",
      "REALISEE",
      "EN_PAUSE",
      "BLOQUEE",
      "ABANDONNEE",
    ]);
    expect(dashboard!.tiles).toEqual({
      actionCount: 6, // A1–A5, A7: the plan without the archived A6
      doneCount: 2, // A2, A5
      averageProgress: 45, // (40 + 100 + 10 + 20 + 100 + 0) / 6
      lateCount: 2, // A1, A4
      blockedCount: 2, // A3, A4
      lateOrBlockedCount: 3, // A1, A3, A4 (A4 is both, counted once)
      plannedBudget: 210000, // 100 000 + 50 000 + 20 000 + 10 000 + 30 000
      fundingRequested: 249999, // 60 000 + 20 000 + 30 000 + 40 000 + 99 999
      fundingGranted: 189999, // 50 000 + 0 + 30 000 + 10 000 + 99 999
    });
    const zeros = { A_VENIR: 0, EN_COURS: 0, REALISEE: 0, EN_PAUSE: 0, BLOQUEE: 0, ABANDONNEE: 0 };
    expect(dashboard!.byLeverAndStatus).toEqual([
      { leverCode: "COMPETENCES", leverLabel: expect.any(String), counts: { ...zeros, EN_COURS: 1, REALISEE: 2 } },
      { leverCode: "ATTRACTIVITE", leverLabel: expect.any(String), counts: { ...zeros, BLOQUEE: 2 } },
      { leverCode: "INFRASTRUCTURES", leverLabel: expect.any(String), counts: { ...zeros, A_VENIR: 1 } },
    ]);
    expect(dashboard!.progressByLever.map((l) => [l.leverCode, l.actionCount, l.averageProgress])).toEqual([
      ["COMPETENCES", 3, 80], // (40 + 100 + 100) / 3
      ["ATTRACTIVITE", 2, 15], // (10 + 20) / 2
      ["INFRASTRUCTURES", 1, 0],
    ]);
    const funding = Object.fromEntries(dashboard!.fundingByFunder.map((f) => [f.funderCode, [f.requested, f.granted]]));
    expect(dashboard!.fundingByFunder).toHaveLength(8); // every funder type, in order
    expect(funding).toEqual({
      ETAT: [90000, 80000], // A1 + A2
      REGION: [20000, 0],
      INTERCOMMUNALITE: [0, 0], // A6 is archived
      INDUSTRIELS: [0, 0],
      BANQUE_DES_TERRITOIRES: [0, 0],
      BPIFRANCE: [99999, 99999],
      EUROPE: [40000, 10000],
      AUTRE: [0, 0],
    });
  });

  it("follows progress month by month from the dated points; the current month is the tile", async () => {
    const dashboard = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, TODAY);
    expect(dashboard!.progressOverTime).toEqual([
      { month: "2025-12", averageProgress: 37, actionCount: 3 }, // A1 0, A2 10, A5 100: 110 / 3
      { month: "2026-01", averageProgress: 50, actionCount: 4 }, // A1 20, A2 60, A4 20, A5 100
      { month: "2026-02", averageProgress: 60, actionCount: 4 }, // A2 100
      { month: "2026-03", averageProgress: 65, actionCount: 4 }, // A1 40 (20 March beats 5 March)
      { month: "2026-04", averageProgress: 54, actionCount: 5 }, // + A3 10: 270 / 5
      { month: "2026-05", averageProgress: 45, actionCount: 6 }, // + A7 0: 270 / 6
      { month: "2026-06", averageProgress: 45, actionCount: 6 }, // as of 15 June
    ]);
    const lastMonth = dashboard!.progressOverTime.at(-1)!;
    expect([lastMonth.averageProgress, lastMonth.actionCount]).toEqual([
      dashboard!.tiles.averageProgress,
      dashboard!.tiles.actionCount,
    ]);
  });

  it("states a past period as of its last day, from the points of that day", async () => {
    const march = await getTerritoryDashboard(await memberOf(SLUG), SLUG, { from: "2025-12", to: "2026-03" }, TODAY);
    expect(march!.asOf).toBe("2026-03-31");
    expect(march!.tiles).toMatchObject({
      actionCount: 4, // A1, A2, A4, A5: A3 and A7 had no point yet
      doneCount: 2,
      averageProgress: 65, // (40 + 100 + 20 + 100) / 4, the March value of the chart
      lateCount: 0, // A1 ends on 31 March: not yet late that day
      blockedCount: 1,
    });
    expect(march!.progressOverTime.at(-1)).toEqual({ month: "2026-03", averageProgress: 65, actionCount: 4 });
  });

  it("shows no month after the current one", async () => {
    const dashboard = await getTerritoryDashboard(
      await memberOf(SLUG),
      SLUG,
      { from: "2026-05", to: "2026-09" },
      TODAY,
    );
    expect(dashboard!.progressOverTime.map((month) => month.month)).toEqual(["2026-05", "2026-06"]);
    expect(dashboard!.asOf).toBe(TODAY);
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

  it("shows overdue decisions as points de vigilance of their own, the next séance, the last one, and counts decisions", async () => {
    const dashboard = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, TODAY);
    expect(dashboard!.governance).toEqual({
      lastMeetingAt: seances.pastStartsAt,
      nextMeeting: { id: seances.nextId, kind: "COMITE_PROJET", startsAt: seances.nextStartsAt },
      openDecisionCount: 3, // D1, D2, D3
      overdueDecisionCount: 2, // D1, D3
      awaitingMinutesCount: 1,
      overdueDecisions: [
        {
          decisionId: expect.any(String),
          text: "D3 Écrire au préfet",
          meetingId: expect.any(String),
          meetingStartsAt: expect.any(Date),
          dueDate: "2026-06-01",
          actionId: null,
        },
        {
          decisionId: expect.any(String),
          text: "D1 Relancer les financeurs",
          meetingId: seances.pastId,
          meetingStartsAt: seances.pastStartsAt,
          dueDate: "2026-06-10",
          actionId: ids.A1,
        },
      ],
    });
    // The day decides: on 5 June, D1 is not due yet; in July, D2 is overdue too.
    const june5 = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, "2026-06-05");
    expect(june5!.governance.overdueDecisions.map((decision) => decision.text)).toEqual(["D3 Écrire au préfet"]);
    const july = await getTerritoryDashboard(await memberOf(SLUG), SLUG, PERIOD, "2026-07-02");
    expect([july!.governance.openDecisionCount, july!.governance.overdueDecisionCount]).toEqual([3, 3]);
  });

  it("says when a territory has had no séance and has none planned", async () => {
    const other = "cote-d-albatre"; // no test plans séances there
    const dashboard = await getTerritoryDashboard(await memberOf(other), other, PERIOD, TODAY);
    expect(dashboard?.governance ?? null).toMatchObject({ lastMeetingAt: null, nextMeeting: null });
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
    expect(dashboard!.progressOverTime.map((m) => m.averageProgress)).toEqual([null, 20, 20, 20, 15, 15, 15]);
    expect(dashboard!.vigilance.map((v) => v.actionId)).toEqual([ids.A4, ids.A3]);
  });

  it("answers with a bounded number of queries and hides territories out of scope", async () => {
    const member = await memberOf(SLUG);
    const spy = vi.spyOn(getPrisma(), "$queryRaw");
    await getTerritoryDashboard(member, SLUG, { from: "2020-01", to: "2026-06" }, TODAY);
    // The data versions, then tiles, lever × status, months, funding, vigilance, committee's
    // follow-up, overdue decisions (the next request reads the versions only: figure-cache.test.ts).
    expect(spy).toHaveBeenCalledTimes(8);
    spy.mockRestore();
    expect(await getTerritoryDashboard(await memberOf("sud-manche"), SLUG, PERIOD, TODAY)).toBeNull();
    expect(await getTerritoryDashboard(await memberOf(SLUG), "inconnu", PERIOD, TODAY)).toBeNull();
  });
});

describe("getComparison", () => {
  const huisneRow = {
    unit: { id: expect.any(String), slug: SLUG, name: "Vallée de l'Huisne" },
    progressByLever: { COMPETENCES: 80, ATTRACTIVITE: 15, INFRASTRUCTURES: 0 },
    statusCounts: { A_VENIR: 1, EN_COURS: 1, REALISEE: 2, EN_PAUSE: 0, BLOQUEE: 2, ABANDONNEE: 0 },
    actionCount: 6,
    lateCount: 2,
    vigilanceCount: 3, // A1 and A4 late, A3 and A4 blocked
    averageProgress: 45,
    plannedBudget: 210000,
    fundingRequested: 249999,
    fundingGranted: 189999,
    governance: {
      lastMeetingAt: expect.any(Date),
      openDecisionCount: 3,
      overdueDecisionCount: 2,
      awaitingMinutesCount: 1,
    },
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
    const figures = Object.fromEntries(
      Object.entries(huisneRow).filter(([key]) => key !== "unit" && key !== "governance"),
    );
    expect(regionRow).toEqual({
      unitId: "28",
      ...figures,
      lastMeetingAt: seances.pastStartsAt,
      openDecisionCount: 3,
      overdueDecisionCount: 2,
      awaitingMinutesCount: 1,
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

describe("one definition per figure", () => {
  it("gives the same numbers in the tiles, the chart, the comparison row and the API", async () => {
    const member = await createUser({ college: "ELU", territories: [{ slug: SLUG }] });
    const reader = await permissionUserOf(member);
    // A past period: as of its last day (30 June 2026), whatever the day the test runs.
    const dashboard = (await getTerritoryDashboard(reader, SLUG, PERIOD))!;
    const comparison = await getComparison(reader, PERIOD);
    actAs(member);
    const response = await GET(apiRequest(`/api/v1/territories/${SLUG}/dashboard?from=2025-12&to=2026-06`), {
      params: Promise.resolve({ slug: SLUG }),
    });
    const api = await expectJson(response, 200, apiDashboard);

    expect(dashboard.asOf).toBe("2026-06-30");
    expect(dashboard.tiles).toMatchObject({ actionCount: 6, averageProgress: 45, doneCount: 2, lateCount: 2 });
    const lastMonth = dashboard.progressOverTime.at(-1)!;
    expect([lastMonth.averageProgress, lastMonth.actionCount]).toEqual([45, 6]);
    const [row] = comparison.rows;
    expect(row).toMatchObject({ actionCount: 6, lateCount: 2, plannedBudget: 210000, fundingGranted: 189999 });
    expect(row!.averageProgress).toBe(dashboard.tiles.averageProgress);
    expect(row!.progressByLever).toEqual(
      Object.fromEntries(dashboard.progressByLever.map((lever) => [lever.leverCode, lever.averageProgress])),
    );
    expect(api).toMatchObject({
      asOf: "2026-06-30",
      tiles: dashboard.tiles,
      progressOverTime: dashboard.progressOverTime,
      fundingByFunder: dashboard.fundingByFunder,
    });
    expect(api.byLever.map((lever) => [lever.leverCode, lever.actionCount, lever.averageProgress])).toEqual(
      dashboard.progressByLever.map((lever) => [lever.leverCode, lever.actionCount, lever.averageProgress]),
    );
    expect(api.definitions.averageProgress).toContain("30 juin 2026");
    // The committee's follow-up, as of today on both pages.
    const { lastMeetingAt, openDecisionCount, overdueDecisionCount, awaitingMinutesCount } = dashboard.governance;
    expect(row!.governance).toEqual({ lastMeetingAt, openDecisionCount, overdueDecisionCount, awaitingMinutesCount });
  });
});
