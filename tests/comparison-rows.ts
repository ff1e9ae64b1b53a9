import type { ComparisonRow } from "@/lib/dashboard/types";

/** A comparison row with every figure at zero (no action), for component and unit tests. */
export function comparisonRow(name: string, overrides: Partial<ComparisonRow> = {}): ComparisonRow {
  return {
    unit: { id: name, slug: name.toLowerCase().replace(/ /g, "-"), name },
    progressByLever: {},
    statusCounts: {},
    actionCount: 0,
    lateCount: 0,
    vigilanceCount: 0,
    averageProgress: null,
    plannedBudget: 0,
    fundingRequested: 0,
    fundingGranted: 0,
    governance: { lastMeetingAt: null, openDecisionCount: 0, overdueDecisionCount: 0, awaitingMinutesCount: 0 },
    ...overrides,
  };
}
