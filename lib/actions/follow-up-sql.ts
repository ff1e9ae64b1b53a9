// No "server-only": the séance agenda (read by the demo seed) and the reminders (worker) use it.
import { Prisma } from "@/lib/generated/prisma/client";

// When an action needs someone's attention, as SQL conditions: one definition for the séance's
// proposed ordre du jour (lib/meetings/agenda.ts) and the reminders (lib/notifications).

/**
 * SQL condition: an open action is due for a point d'avancement on `today` — its latest point
 * (`lastPoint`, a date expression, null when it has none) is older than the territory's update
 * interval (`intervalDays`, an integer expression). `isClosed` is the status's flag.
 */
export function updateDueSql(
  lastPoint: Prisma.Sql,
  isClosed: Prisma.Sql,
  today: string,
  intervalDays: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`(NOT ${isClosed} AND (${lastPoint} IS NULL OR ${lastPoint} < ${today}::date - ${intervalDays}))`;
}

/** SQL condition: late on `today` — planned end passed and status not closed (as lateWhere and isLateOn). */
export function lateSql(plannedEndDate: Prisma.Sql, isClosed: Prisma.Sql, today: string): Prisma.Sql {
  return Prisma.sql`(NOT ${isClosed} AND ${plannedEndDate} < ${today}::date)`;
}
