// No "server-only": the demo seed proposes agendas with it too.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionState } from "./decision-state";

// The states of decision-state.ts as SQL conditions, for every figure and filter computed in the
// database (the log, the agenda, the dashboard, the comparison).

/** SQL condition: the decision (table alias `alias`) is in the state on the day (YYYY-MM-DD). */
export function decisionInState(alias: string, state: DecisionState, day: string): Prisma.Sql {
  const d = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  switch (state) {
    case "done":
      return Prisma.sql`${d}."closedAt" IS NOT NULL`;
    case "overdue":
      return Prisma.sql`(${d}."closedAt" IS NULL AND ${d}."dueDate" < ${day}::date)`;
    case "open":
      return Prisma.sql`${d}."closedAt" IS NULL`;
  }
}
