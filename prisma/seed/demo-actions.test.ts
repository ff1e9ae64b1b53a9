import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { progressStatusIssues } from "@/lib/actions/status-rules";
import { dateToDay, todayInFrance } from "@/lib/dates";
import { createFreshDatabase, type FreshDatabase } from "../../scripts/db/fresh-database";
import { prepareDatabase } from "../../scripts/db/prepare";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoActions } from "./demo-actions";
import { buildTerritoryPlan, demoActionTitles } from "./demo-actions/plan";
import { territoryProfiles } from "./demo-actions/territories";

// A database of its own: the demo plans fill every territory, which the other test files (sharing
// this run's database) must not find in their counts.
let database: FreshDatabase;
let prisma: PrismaClient;
let today: string;

const demoTitles = territoryProfiles.flatMap((profile) => demoActionTitles(profile));

function loadDemoActions() {
  return prisma.action.findMany({
    where: { createdBy: { email: { endsWith: "@demo.ti-pilotage.fr" } }, title: { in: demoTitles } },
    include: {
      territory: { select: { slug: true } },
      lever: { select: { code: true } },
      status: { select: { isClosed: true } },
      pilots: true,
      fundingLines: true,
      indicators: true,
      progressUpdates: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
    },
  });
}

async function countDemoRows() {
  const actionIds = (await prisma.action.findMany({ where: { title: { in: demoTitles } }, select: { id: true } })).map(
    (action) => action.id,
  );
  const byAction = { actionId: { in: actionIds } };
  return {
    actions: actionIds.length,
    progressUpdates: await prisma.progressUpdate.count({ where: byAction }),
    fundingLines: await prisma.fundingLine.count({ where: byAction }),
    indicators: await prisma.indicator.count({ where: byAction }),
    auditEvents: await prisma.auditEvent.count({ where: { entityType: "action", entityId: { in: actionIds } } }),
  };
}

beforeAll(async () => {
  database = await createFreshDatabase("demo_actions");
  today = todayInFrance();
  // The same path as `npm run dev`: reference data, demo accounts, then the demo action plans.
  await prepareDatabase(database.url, { demo: true });
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("demo action plans", () => {
  it("gives every territory about twelve actions on all three levers, at least one of them late", async () => {
    const actions = await loadDemoActions();
    for (const profile of territoryProfiles) {
      const own = actions.filter((action) => action.territory.slug === profile.slug);
      expect(own.length, profile.slug).toBeGreaterThanOrEqual(11);
      expect(new Set(own.map((action) => action.lever.code)), profile.slug).toEqual(
        new Set(["COMPETENCES", "ATTRACTIVITE", "INFRASTRUCTURES"]),
      );
      const late = own.filter(
        (action) => action.plannedEndDate && dateToDay(action.plannedEndDate) < today && !action.status.isClosed,
      );
      expect(late.length, profile.slug).toBeGreaterThanOrEqual(1);
      expect(own.filter((action) => action.statusCode === "EN_COURS").length, profile.slug).toBeGreaterThanOrEqual(4);
      expect(
        own.some((action) => action.statusCode === "REALISEE"),
        profile.slug,
      ).toBe(true);
    }
  });

  it("records monthly points d'avancement over a year, ending at each action's current state", async () => {
    const actions = await loadDemoActions();
    let steps = 0;
    let setbacks = 0;
    for (const profile of territoryProfiles) {
      const months = new Set(
        actions
          .filter((action) => action.territory.slug === profile.slug)
          .flatMap((action) => action.progressUpdates.map((update) => dateToDay(update.date).slice(0, 7))),
      );
      expect(months.size, profile.slug).toBeGreaterThanOrEqual(10);
    }
    for (const action of actions) {
      const updates = action.progressUpdates;
      const latest = updates[updates.length - 1]!;
      expect({ progress: action.progress, status: action.statusCode }, action.title).toEqual({
        progress: latest.progress,
        status: latest.statusCode,
      });
      expect(dateToDay(latest.date) <= today).toBe(true);
      if (action.statusCode === "REALISEE") expect(action.progress).toBe(100);
      if (action.statusCode !== "A_VENIR") expect(updates.length, action.title).toBeGreaterThanOrEqual(5);
      for (const [index, update] of updates.entries()) {
        expect(update.comment).not.toBe("");
        if (index === 0) continue;
        steps++;
        if (update.progress < updates[index - 1]!.progress) setbacks++;
      }
    }
    // Progress only goes down in a rare revision.
    expect(setbacks / steps).toBeLessThan(0.03);
  });

  it("funds, measures and pilots the actions", async () => {
    const actions = await loadDemoActions();
    const binome = await prisma.user.findMany({
      where: { email: { in: ["elu.axe-seine@demo.ti-pilotage.fr", "industriel.axe-seine@demo.ti-pilotage.fr"] } },
    });
    const binomeIds = new Set(binome.map((user) => user.id));
    for (const action of actions) {
      expect(action.fundingLines.length, action.title).toBeGreaterThanOrEqual(2);
      expect(action.fundingLines.reduce((sum, line) => sum + line.amountRequested, 0)).toBe(action.plannedBudget);
      for (const line of action.fundingLines) expect(line.amountGranted).toBeLessThanOrEqual(line.amountRequested);
      expect(action.indicators.length, action.title).toBeGreaterThanOrEqual(1);
      const pilotIds = new Set(action.pilots.map((pilot) => pilot.userId));
      for (const update of action.progressUpdates) {
        if (update.authorId) expect(pilotIds.has(update.authorId)).toBe(true);
      }
      if (action.territory.slug === "axe-seine") {
        expect(action.pilots.length).toBeGreaterThanOrEqual(1);
        for (const pilotId of pilotIds) expect(binomeIds.has(pilotId)).toBe(true);
      }
    }
  });

  it("tells a true story: created by a committee member when the plan was adopted, points recorded by their authors", async () => {
    const actions = await loadDemoActions();
    const memberships = await prisma.membership.findMany();
    const events = await prisma.auditEvent.findMany({
      where: { entityType: "action", entityId: { in: actions.map((action) => action.id) } },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    });
    // Every territory's plan is written by its own committee: no event without an author.
    expect(events.every((event) => event.actorId !== null)).toBe(true);
    for (const action of actions) {
      const [first, ...later] = action.progressUpdates;
      expect(
        memberships.some((m) => m.userId === action.createdById && m.territoryId === action.territoryId),
        action.title,
      ).toBe(true);
      expect(action.createdById).toBe(first!.authorId);
      expect(dateToDay(action.createdAt)).toBe(dateToDay(first!.date));
      const own = events.filter((event) => event.entityId === action.id);
      expect(own.map((event) => event.operation)).toEqual(["create", ...later.map(() => "progress")]);
      expect(own[0]).toMatchObject({ actorId: action.createdById, occurredAt: action.createdAt });
      own.slice(1).forEach((event, index) => {
        expect(event.actorId).toBe(later[index]!.authorId);
        expect(dateToDay(event.occurredAt)).toBe(dateToDay(later[index]!.date));
      });
    }
  });

  it("leaves already seeded territories alone when it runs again", async () => {
    const before = await countDemoRows();
    const started = performance.now();
    const result = await seedDemoActions(prisma, { today: "2030-01-15" });
    const elapsed = performance.now() - started;
    expect(result.seeded).toEqual([]);
    expect(result.alreadySeeded).toHaveLength(territoryProfiles.length);
    expect(await countDemoRows()).toEqual(before);
    console.info(`demo actions: second run in ${Math.round(elapsed)} ms`, before);
  });

  it("keeps its promises whatever the day it runs", () => {
    const context = { epciNames: ["CA Exemple", "CC Exemple"], pilots: [] };
    for (let day = 0; day < 366; day += 7) {
      const runDay = dateToDay(new Date(Date.UTC(2026, 0, 1 + day)));
      for (const profile of territoryProfiles) {
        const plan = buildTerritoryPlan(profile, context, runDay);
        const late = plan.filter(
          (action) => action.plannedEndDate < runDay && !["REALISEE", "ABANDONNEE"].includes(action.statusCode),
        );
        expect(late.length, `${profile.slug} on ${runDay}`).toBeGreaterThanOrEqual(1);
        const updates = plan.flatMap((action) => action.progressUpdates);
        expect(new Set(updates.map((update) => update.date.slice(0, 7))).size).toBeGreaterThanOrEqual(10);
        expect(updates.every((update) => update.date <= runDay)).toBe(true);
        for (const action of plan) {
          for (const update of action.progressUpdates) {
            expect(progressStatusIssues(update.progress, update.statusCode), action.title).toEqual([]);
          }
          const dates = action.progressUpdates.map((update) => update.date);
          expect(dates).toEqual([...new Set(dates)].sort());
          expect(action.progressUpdates.at(-1)).toMatchObject({
            progress: action.progress,
            statusCode: action.statusCode,
          });
        }
      }
    }
  });

  it("builds the same plan from the same slug, context and day", () => {
    const context = { epciNames: ["CA Exemple", "CC Exemple"], pilots: [{ id: "pilot", college: "ELU" as const }] };
    const [first, second] = territoryProfiles;
    expect(buildTerritoryPlan(first!, context, "2026-03-10")).toEqual(
      buildTerritoryPlan(first!, context, "2026-03-10"),
    );
    expect(demoActionTitles(first!)).not.toEqual(demoActionTitles(second!));
  });
});

describe("demo séances", () => {
  it("gives every territory a chef·fe de projet, its regional contacts, two past séances with decisions and one coming with a proposed agenda", async () => {
    const territories = await prisma.territory.findMany({
      include: {
        memberships: { include: { user: { select: { college: true } } } },
        contacts: { include: { user: { select: { college: true } } } },
        meetings: {
          orderBy: { startsAt: "asc" },
          include: { agendaItems: true, participants: true, decisions: true, minutes: { include: { reviews: true } } },
        },
      },
    });
    const now = Date.now();
    for (const territory of territories) {
      expect(
        territory.memberships.filter((m) => m.user.college === "CHEF_DE_PROJET"),
        territory.slug,
      ).toHaveLength(1);
      expect(new Set(territory.contacts.map((contact) => contact.user.college)), territory.slug).toEqual(
        new Set(["REGION", "ETAT"]),
      );
      const past = territory.meetings.filter((meeting) => meeting.startsAt.getTime() < now);
      const upcoming = territory.meetings.filter((meeting) => meeting.startsAt.getTime() >= now);
      expect([past.length, upcoming.length], territory.slug).toEqual([2, 1]);
      const binome = territory.memberships.filter((m) => m.isBinome).map((m) => m.user.college);
      for (const meeting of past) {
        expect(meeting.minutes, territory.slug).not.toBeNull();
        expect(meeting.minutes!.reviews.map((review) => review.institution)).toEqual(["REGION"]);
        expect(binome, territory.slug).toEqual(expect.arrayContaining(["ELU", "INDUSTRIEL"]));
      }
      // Locked by the binôme, but for Caen Industrie's last relevé, which awaits its validations.
      expect(past.map((meeting) => meeting.minutes!.lockedAt !== null)).toEqual(
        territory.slug === "caen-industrie" ? [true, false] : [true, true],
      );
      expect(upcoming[0]!.minutes).toBeNull();
      const decisions = past.flatMap((meeting) => meeting.decisions);
      expect(decisions, territory.slug).toHaveLength(4);
      expect(
        decisions.filter((decision) => decision.dueDate && dateToDay(decision.dueDate) < today).length,
      ).toBeGreaterThanOrEqual(1);
      expect(
        decisions.filter((decision) => decision.dueDate && dateToDay(decision.dueDate) >= today).length,
      ).toBeGreaterThanOrEqual(1);
      const reasons = new Set(upcoming[0]!.agendaItems.map((item) => item.reason));
      expect([...reasons], territory.slug).toEqual(
        expect.arrayContaining(["OPEN_DECISION", "LATE_OR_BLOCKED", "FLAGGED"]),
      );
      const onAction = decisions.find((decision) => decision.actionId !== null);
      expect(onAction, territory.slug).toBeDefined();
      expect(await prisma.actionDiscussionFlag.count({ where: { action: { territoryId: territory.id } } })).toBe(0);
      expect(upcoming[0]!.participants.length, territory.slug).toBe(
        territory.memberships.length + territory.contacts.length,
      );
    }
  });
});
