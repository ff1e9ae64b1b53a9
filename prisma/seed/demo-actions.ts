import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { dayToDate, todayInFrance } from "../../lib/dates";
import { buildTerritoryPlan, demoActionTitles, type DemoAction } from "./demo-actions/plan";
import { territoryProfiles } from "./demo-actions/territories";

/** The demo accounts (prisma/seed/demo.ts) pilot the actions of the committees they sit on. */
export const DEMO_EMAIL_DOMAIN = "@demo.ti-pilotage.fr";

export type DemoActionsResult = { seeded: string[]; alreadySeeded: string[] };

/**
 * Writes a believable action plan for every territory: about twelve actions over the three levers,
 * with funding, indicators, pilots and a year of monthly points d'avancement ending today (or
 * `options.today`). Deterministic: the text and numbers come from a PRNG seeded by the slug.
 *
 * Each action is created by a member of its committee (its first pilot) on the day of its first point,
 * and its points are recorded by its pilots in turn: the journal tells that story, with its dates.
 *
 * Idempotent per territory: a territory is seeded when it holds an action with one of its demo titles
 * created by a demo account (or by nobody, as earlier versions of this seed did). Such a territory is
 * left alone, so a second run neither duplicates actions nor undoes what people did with them;
 * deleting and recreating would also leave the audit log (append-only) with the history of actions
 * that no longer exist.
 */
export async function seedDemoActions(
  prisma: PrismaClient,
  options: { today?: string } = {},
): Promise<DemoActionsResult> {
  if (process.env.NODE_ENV === "production") {
    throw new Error("The demo seed never runs in production (NODE_ENV=production).");
  }
  const today = options.today ?? todayInFrance();
  const titlesBySlug = new Map(territoryProfiles.map((profile) => [profile.slug, new Set(demoActionTitles(profile))]));
  const existing = await prisma.action.findMany({
    where: {
      OR: [{ createdById: null }, { createdBy: { email: { endsWith: DEMO_EMAIL_DOMAIN } } }],
      title: { in: [...new Set([...titlesBySlug.values()].flatMap((set) => [...set]))] },
    },
    select: { title: true, territory: { select: { slug: true } } },
  });
  const alreadySeeded = new Set(
    existing
      .filter((action) => titlesBySlug.get(action.territory.slug)?.has(action.title))
      .map((action) => action.territory.slug),
  );
  const pending = territoryProfiles.filter((profile) => !alreadySeeded.has(profile.slug));
  if (pending.length === 0) return { seeded: [], alreadySeeded: [...alreadySeeded] };

  const territories = await prisma.territory.findMany({
    where: { slug: { in: pending.map((profile) => profile.slug) } },
    select: {
      id: true,
      slug: true,
      members: {
        orderBy: { position: "asc" },
        select: { intercommunality: { select: { epci: { select: { name: true } } } } },
      },
      memberships: {
        // The élus and industriels of the committee carry the demo actions (the chef·fe de projet runs the plan).
        where: {
          user: { email: { endsWith: DEMO_EMAIL_DOMAIN }, disabledAt: null, college: { in: ["ELU", "INDUSTRIEL"] } },
        },
        orderBy: { user: { email: "asc" } },
        select: { user: { select: { id: true, college: true } } },
      },
    },
  });
  const levers = await prisma.lever.findMany({ select: { id: true, code: true, subThemes: true } });
  const leverIds = new Map(levers.map((lever) => [lever.code, lever.id]));
  const subThemeIds = new Map(levers.flatMap((lever) => lever.subThemes.map((sub) => [sub.code, sub.id] as const)));
  const actions = pending.flatMap((profile) => {
    const territory = territories.find((candidate) => candidate.slug === profile.slug);
    // A profile without its territory (reference data changed): nothing to attach the plan to.
    if (!territory) return [];
    const context = {
      epciNames: [...new Set(territory.members.map((member) => member.intercommunality.epci.name))],
      pilots: territory.memberships.map((membership) => membership.user),
    };
    return buildTerritoryPlan(profile, context, today).map((action) => ({
      ...action,
      id: randomUUID(),
      territoryId: territory.id,
      territorySlug: territory.slug,
    }));
  });

  if (actions.length === 0) return { seeded: [], alreadySeeded: [...alreadySeeded] };

  // One transaction and a few multi-row inserts: the embedded database runs one statement at a time,
  // so the number of statements is what the seed's duration depends on.
  await prisma.$transaction(
    async (tx) => {
      await tx.action.createMany({ data: actions.map((action) => actionRow(action, leverIds, subThemeIds)) });
      await tx.actionPilot.createMany({
        data: actions.flatMap((action) => action.pilotIds.map((userId) => ({ actionId: action.id, userId }))),
      });
      await tx.fundingLine.createMany({
        data: actions.flatMap((action) =>
          action.fundingLines.map((line, position) => ({ actionId: action.id, position, ...line })),
        ),
      });
      await tx.indicator.createMany({
        data: actions.flatMap((action) =>
          action.indicators.map((indicator, position) => ({ actionId: action.id, position, ...indicator })),
        ),
      });
      await tx.progressUpdate.createMany({
        data: actions.flatMap((action) =>
          action.progressUpdates.map((update) => ({
            actionId: action.id,
            date: dayToDate(update.date),
            progress: update.progress,
            statusCode: update.statusCode,
            comment: update.comment,
            authorId: update.authorId,
            createdAt: momentOf(update.date, 17),
          })),
        ),
      });
      // The journal of each action, dated like its story: its creation, then each later point.
      await tx.auditEvent.createMany({ data: actions.flatMap(auditEventsOf) });
    },
    { timeout: 60_000 },
  );
  return { seeded: [...new Set(actions.map((action) => action.territorySlug))], alreadySeeded: [...alreadySeeded] };
}

/** A time on a calendar day, never in the future (the day may be today). */
function momentOf(day: string, hourUtc: number): Date {
  return new Date(Math.min(dayToDate(day).getTime() + hourUtc * 3_600_000, Date.now()));
}

function actionRow(
  action: DemoAction & { id: string; territoryId: string },
  leverIds: Map<string, string>,
  subThemeIds: Map<string, string>,
): Prisma.ActionCreateManyInput {
  const leverId = leverIds.get(action.leverCode);
  if (!leverId) throw new Error(`Unknown lever ${action.leverCode} in the demo seed.`);
  const updates = action.progressUpdates;
  return {
    id: action.id,
    territoryId: action.territoryId,
    leverId,
    subThemeId: subThemeIds.get(action.subThemeCode) ?? null,
    title: action.title,
    description: action.description,
    expectedResults: action.expectedResults,
    statusCode: action.statusCode,
    progress: action.progress,
    plannedStartDate: dayToDate(action.plannedStartDate),
    plannedEndDate: dayToDate(action.plannedEndDate),
    carrierCollege: action.carrierCollege,
    carrierOrganisation: action.carrierOrganisation,
    partners: action.partners,
    plannedBudget: action.plannedBudget,
    createdById: creatorOf(action),
    // Dated like the committee that adopted it and the latest point d'avancement, not like the seed run.
    createdAt: momentOf(updates[0]!.date, 9),
    updatedAt: momentOf(updates[updates.length - 1]!.date, 17),
  };
}

/** The member who recorded the action: the author of its first point. */
function creatorOf(action: DemoAction): string | null {
  return action.progressUpdates[0]?.authorId ?? null;
}

/** The "create" event at the first point, then a "progress" event for every later point. */
function auditEventsOf(action: DemoAction & { id: string; territoryId: string }): Prisma.AuditEventCreateManyInput[] {
  const [first, ...later] = action.progressUpdates;
  const stateAt = (update: (typeof action.progressUpdates)[number]) => ({
    progress: update.progress,
    statusCode: update.statusCode,
  });
  const events: Prisma.AuditEventCreateManyInput[] = [
    {
      actorId: creatorOf(action),
      entityType: "action",
      entityId: action.id,
      territoryId: action.territoryId,
      operation: "create",
      occurredAt: momentOf(first!.date, 9),
      after: { ...snapshotOf(action), ...stateAt(first!) },
    },
  ];
  let previous = first!;
  for (const update of later) {
    events.push({
      actorId: update.authorId,
      entityType: "action",
      entityId: action.id,
      territoryId: action.territoryId,
      operation: "progress",
      occurredAt: momentOf(update.date, 17),
      before: stateAt(previous),
      after: {
        ...stateAt(update),
        progressUpdate: {
          date: update.date,
          progress: update.progress,
          statusCode: update.statusCode,
          comment: update.comment,
        },
      },
    });
    previous = update;
  }
  return events;
}

/** The same shape as lib/actions/history/snapshot.ts records for an action created through the application. */
function snapshotOf(action: DemoAction): Prisma.InputJsonObject {
  return {
    title: action.title,
    description: action.description,
    expectedResults: action.expectedResults,
    leverCode: action.leverCode,
    subThemeCode: action.subThemeCode,
    statusCode: action.statusCode,
    progress: action.progress,
    plannedStartDate: action.plannedStartDate,
    plannedEndDate: action.plannedEndDate,
    carrierCollege: action.carrierCollege,
    carrierOrganisation: action.carrierOrganisation,
    partners: action.partners,
    plannedBudget: action.plannedBudget,
    pilotIds: [...action.pilotIds].sort(),
    fundingLines: action.fundingLines,
    indicators: action.indicators,
    version: 1,
    archived: false,
  };
}
