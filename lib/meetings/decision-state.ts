// No "server-only", no database: the browser shows a decision's state with it too; its SQL twin is
// decision-state-sql.ts.

/**
 * Where a decision of a séance stands, the one definition (here and in decision-state-sql.ts) behind the decision log, its filters,
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

/** The state one shows for a decision (overdue rather than open when both hold). */
export function decisionStateOf(
  decision: { closedAt: Date | null; dueDate: string | null },
  day: string,
): DecisionState {
  if (decision.closedAt) return "done";
  return decision.dueDate !== null && decision.dueDate < day ? "overdue" : "open";
}
