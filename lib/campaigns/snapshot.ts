import "server-only";
import { reportActionsAsOf } from "@/lib/dashboard/report-queries";
import { territoryTilesAsOf } from "@/lib/dashboard/territory-queries";
import type { Aggregate } from "@/lib/dashboard/aggregate";
import { Prisma } from "@/lib/generated/prisma/client";
import { z } from "@/lib/validation/zod";
import { actionConcerned, actionUpdatedWithin } from "./period-sql";

// What a territory submits to a campaign: its figures and its actions as of the campaign's as-of
// date, by the dashboard's own definitions (lib/dashboard: the tiles and the committee report's list
// of actions), and the campaign's completion as submitted. Stored as JSON on the submission, which
// the database freezes (migration follow_up_campaigns); later edits of the plan never change it.

const snapshotAction = z.object({
  id: z.string(),
  title: z.string(),
  leverLabel: z.string(),
  statusLabel: z.string(),
  isLate: z.boolean(),
  progress: z.number(),
  carrierOrganisation: z.string(),
  plannedEndDate: z.string().nullable(),
  lastPointDate: z.string().nullable(),
  lastPointComment: z.string(),
  updatedInPeriod: z.boolean(),
});

export const campaignSnapshot = z.object({
  asOf: z.string(),
  periodStart: z.string(),
  figures: z.object({
    actionCount: z.number(),
    doneCount: z.number(),
    averageProgress: z.number().nullable(),
    lateCount: z.number(),
    blockedCount: z.number(),
    lateOrBlockedCount: z.number(),
    plannedBudget: z.number(),
    fundingRequested: z.number(),
    fundingGranted: z.number(),
  }),
  completion: z.object({ concernedCount: z.number(), updatedCount: z.number() }),
  actions: z.array(snapshotAction),
});
export type CampaignSnapshot = z.infer<typeof campaignSnapshot>;
export type SnapshotAction = z.infer<typeof snapshotAction>;

/** A stored snapshot, checked: a row that does not parse is a defect worth failing loudly on. */
export function parseSnapshot(value: unknown): CampaignSnapshot {
  return campaignSnapshot.parse(value);
}

export type ReportPeriod = { territoryId: string; periodStart: string; asOf: string };

/**
 * The completion of a report, live: the actions the campaign concerns and those updated within
 * the period (lib/campaigns/period-sql.ts). Frozen into the snapshot at submission.
 */
export function completionAggregate(report: ReportPeriod): Aggregate<CampaignSnapshot["completion"]> {
  const start = Prisma.sql`${report.periodStart}::date`;
  const asOf = Prisma.sql`${report.asOf}::date`;
  return {
    sql: Prisma.sql`
      SELECT COUNT(*)::int AS "concernedCount",
             COUNT(*) FILTER (WHERE ${actionUpdatedWithin("a", start, asOf)})::int AS "updatedCount"
      FROM "Action" a JOIN "ActionStatus" s ON s.code = a."statusCode"
      WHERE a."territoryId" = ${report.territoryId}::uuid AND ${actionConcerned("a", "s", start, asOf)}`,
    map: (rows) => {
      const row = rows[0] as { concernedCount: number; updatedCount: number };
      return { concernedCount: Number(row.concernedCount), updatedCount: Number(row.updatedCount) };
    },
  };
}

function updatedActionIds(report: ReportPeriod): Prisma.Sql {
  const start = Prisma.sql`${report.periodStart}::date`;
  const asOf = Prisma.sql`${report.asOf}::date`;
  return Prisma.sql`
    SELECT a.id FROM "Action" a
    WHERE a."territoryId" = ${report.territoryId}::uuid AND ${actionUpdatedWithin("a", start, asOf)}`;
}

type Runner = { $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T> };

async function run<Result>(db: Runner, aggregate: Aggregate<Result>): Promise<Result> {
  return aggregate.map(await db.$queryRaw<unknown[]>(aggregate.sql));
}

/** Compiles the snapshot with the transaction that stores it (`today`: YYYY-MM-DD in France). */
export async function compileSnapshot(db: Runner, report: ReportPeriod, today: string): Promise<CampaignSnapshot> {
  const [figures, actions, completion, updated] = await Promise.all([
    run(db, territoryTilesAsOf(report.territoryId, report.asOf, today)),
    run(db, reportActionsAsOf(report.territoryId, {}, report.asOf, today)),
    run(db, completionAggregate(report)),
    db.$queryRaw<{ id: string }[]>(updatedActionIds(report)),
  ]);
  const updatedIds = new Set(updated.map((row) => row.id));
  return {
    asOf: report.asOf,
    periodStart: report.periodStart,
    figures,
    completion,
    actions: actions.map((action) => ({
      id: action.id,
      title: action.title,
      leverLabel: action.leverLabel,
      statusLabel: action.statusLabel,
      // No planned end: never late (SQL answers NULL there).
      isLate: action.isLate === true,
      progress: action.progress,
      carrierOrganisation: action.carrierOrganisation,
      plannedEndDate: action.plannedEndDate,
      lastPointDate: action.lastPoint?.date ?? null,
      lastPointComment: action.lastPoint?.comment ?? "",
      updatedInPeriod: updatedIds.has(action.id),
    })),
  };
}
