import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { runAggregate, type Aggregate } from "./aggregate";
import { actionsAsOf, asOfDay, lateCondition, toNumber } from "./sql";
import type { DashboardFilters } from "./types";

// The committee report's list of actions: every action the figures count, lever by lever, at the
// state of its latest point as of the report's day (the same definition, lib/dashboard/sql.ts).

export type ReportAction = {
  id: string;
  title: string;
  leverLabel: string;
  statusCode: string;
  statusLabel: string;
  isLate: boolean;
  progress: number;
  carrierOrganisation: string;
  plannedEndDate: string | null;
  lastPoint: { date: string; comment: string } | null;
};

type Row = Omit<ReportAction, "lastPoint" | "progress"> & {
  progress: number | bigint;
  lastPointDate: string | null;
  lastPointComment: string | null;
};

export function reportActionsAggregate(
  territoryId: string,
  filters: DashboardFilters,
  today: string,
): Aggregate<ReportAction[]> {
  return reportActionsAsOf(territoryId, filters, asOfDay(filters, today), today);
}

/** The same list as of a given day (a follow-up campaign's as-of date). */
export function reportActionsAsOf(
  territoryId: string,
  filters: Pick<DashboardFilters, "lever">,
  asOf: string,
  today: string,
): Aggregate<ReportAction[]> {
  const counted = actionsAsOf(Prisma.sql`a."territoryId" = ${territoryId}::uuid`, filters, asOf, today);
  return {
    sql: Prisma.sql`
    WITH a AS (${counted})
    SELECT a.id, a.title, a."leverLabel", a."statusCode", a."statusLabel", ${lateCondition(asOf)} AS "isLate", a.progress,
           action."carrierOrganisation", to_char(a."plannedEndDate", 'YYYY-MM-DD') AS "plannedEndDate",
           to_char(last_point.date, 'YYYY-MM-DD') AS "lastPointDate", last_point.comment AS "lastPointComment"
    FROM a
    JOIN "Action" action ON action.id = a.id
    JOIN "Lever" l ON l.id = a."leverId"
    LEFT JOIN LATERAL (
      SELECT p.date, p.comment FROM "ProgressUpdate" p
      WHERE p."actionId" = a.id AND p.date <= ${asOf}::date
      ORDER BY p.date DESC, p."createdAt" DESC
      LIMIT 1
    ) last_point ON true
    ORDER BY l.position, a.title, a.id`,
    map: (rows) =>
      (rows as Row[]).map(({ lastPointDate, lastPointComment, progress, ...row }) => ({
        ...row,
        progress: toNumber(progress),
        lastPoint: lastPointDate ? { date: lastPointDate, comment: lastPointComment ?? "" } : null,
      })),
  };
}

/** The actions of a territory the caller already found in scope, for its committee report. */
export function listReportActions(territoryId: string, filters: DashboardFilters, today: string) {
  return runAggregate(reportActionsAggregate(territoryId, filters, today));
}
