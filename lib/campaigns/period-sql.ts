// No "server-only": the reminders (worker) and the demo seed read it too.
import { Prisma } from "@/lib/generated/prisma/client";

// What a campaign asks of a territory, as SQL: one definition for the campaign page, the
// completion table, the snapshot and the campaign reminders.
// - The report's period runs from its "periodStart" (the day after the territory's previous
//   campaign's as-of date, else the campaign's opening day) to the campaign's as-of date, both
//   included.
// - The actions concerned are the territory's actions not archived that are still open, or that
//   were updated within the period (an action closed during the period is reported).
// - An action counts as updated when it has a point d'avancement dated within the period.

/**
 * SQL condition: the action (alias `action`) has a point d'avancement dated within the report's
 * period; `periodStart` and `asOf` are SQL date expressions (columns or parameters).
 */
export function actionUpdatedWithin(action: string, periodStart: Prisma.Sql, asOf: Prisma.Sql): Prisma.Sql {
  const a = Prisma.raw(`"${action.replace(/"/g, "")}"`);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "ProgressUpdate" pu
    WHERE pu."actionId" = ${a}.id AND pu."date" >= ${periodStart} AND pu."date" <= ${asOf})`;
}

/** SQL condition: the action (alias `action`, joined to its status as `status`) is concerned by the report. */
export function actionConcerned(action: string, status: string, periodStart: Prisma.Sql, asOf: Prisma.Sql): Prisma.Sql {
  const a = Prisma.raw(`"${action.replace(/"/g, "")}"`);
  const s = Prisma.raw(`"${status.replace(/"/g, "")}"`);
  return Prisma.sql`(${a}."archivedAt" IS NULL AND (NOT ${s}."isClosed" OR ${actionUpdatedWithin(action, periodStart, asOf)}))`;
}
