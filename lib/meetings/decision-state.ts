// No "server-only": the demo seed and the tests read decisions' states with it too.
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Where a decision of a séance stands, the one definition behind the decision log, its filters,
 * its export, the API, the dashboard's points de vigilance, the next séance's ordre du jour and
 * the comparison's governance columns:
 * - done: closed (by its responsible person or whoever records the séances) with a note;
 * - overdue: still open and its due date is before the day (Paris's day);
 * - open: still open (an overdue decision is open too; "open" filters and counts include it).
 */
export const decisionStates = ["open", "overdue", "done"] as const;
export type DecisionState = (typeof decisionStates)[number];

export const decisionStateLabels: Record<DecisionState, string> = {
  open: "En cours",
  overdue: "En retard",
  done: "Soldée",
};

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

/** The state one shows for a decision (overdue rather than open when both hold). */
export function decisionStateOf(
  decision: { closedAt: Date | null; dueDate: string | null },
  day: string,
): DecisionState {
  if (decision.closedAt) return "done";
  return decision.dueDate !== null && decision.dueDate < day ? "overdue" : "open";
}
