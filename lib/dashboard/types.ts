// The contract between the dashboard queries (lib/dashboard/queries.ts, every figure computed in
// SQL) and the pages that render them. Amounts in whole euros, progress in percent (0–100).

import type { MeetingKind } from "@/lib/meetings/schemas";

/** Dashboard filters, kept in the URL: a period of months (inclusive, "YYYY-MM") and a lever code. */
export type DashboardFilters = { from: string; to: string; lever?: string };

export type TerritoryTiles = {
  actionCount: number;
  doneCount: number;
  /** 0–100, rounded; null when there is no action. */
  averageProgress: number | null;
  lateCount: number;
  blockedCount: number;
  /** Points de vigilance: an action both late and blocked counts once. */
  lateOrBlockedCount: number;
  plannedBudget: number;
  fundingRequested: number;
  fundingGranted: number;
};

/** One bar of "actions by lever and status": counts per status code for one lever. */
export type LeverStatusCounts = { leverCode: string; leverLabel: string; counts: Record<string, number> };

export type LeverProgress = {
  leverCode: string;
  leverLabel: string;
  actionCount: number;
  averageProgress: number | null;
};

/**
 * Month by month, computed from the dated progress updates (not today's values): for each month, the
 * average over the actions that have at least one update by the end of that month of their latest
 * progress at that date.
 */
export type MonthlyProgress = { month: string; averageProgress: number | null; actionCount: number };

export type FunderTotals = { funderCode: string; funderLabel: string; requested: number; granted: number };

export type VigilanceItem = {
  actionId: string;
  title: string;
  leverLabel: string;
  statusLabel: string;
  reason: "late" | "blocked" | "late_and_blocked";
  plannedEndDate: string | null;
  progress: number;
};

/** A decision of a séance still open after its due date: a point de vigilance of its own kind. */
export type OverdueDecisionItem = {
  decisionId: string;
  text: string;
  meetingId: string;
  meetingStartsAt: Date;
  /** YYYY-MM-DD, before the day. */
  dueDate: string;
  /** The action the decision is about, if any (the link goes there, else to the séance). */
  actionId: string | null;
};

/** The committee's follow-up on a territory (lib/dashboard/governance-sql.ts). */
export type TerritoryGovernance = {
  lastMeetingAt: Date | null;
  nextMeeting: { id: string; kind: MeetingKind; startsAt: Date } | null;
  /** Decisions in progress, overdue ones included. */
  openDecisionCount: number;
  overdueDecisionCount: number;
  /** Relevés de décisions established and not yet locked by the binôme. */
  awaitingMinutesCount: number;
  /** The overdue decisions, earliest due date first (at most 50; the count says how many in all). */
  overdueDecisions: OverdueDecisionItem[];
};

export type TerritoryDashboard = {
  territory: { id: string; slug: string; name: string };
  filters: DashboardFilters;
  /** The day the figures state the plan as of (YYYY-MM-DD): the period's end, or today. */
  asOf: string;
  statuses: { code: string; label: string }[];
  tiles: TerritoryTiles;
  byLeverAndStatus: LeverStatusCounts[];
  progressByLever: LeverProgress[];
  progressOverTime: MonthlyProgress[];
  fundingByFunder: FunderTotals[];
  vigilance: VigilanceItem[];
  governance: TerritoryGovernance;
};

/** What a comparison row stands for: a territory, or a region (the national view). */
export type ComparisonUnit = "territory" | "region";

/**
 * The committee's follow-up in a comparison row (lib/dashboard/governance-sql.ts): for a region,
 * its latest séance and the sums over its territories. Further governance figures go here.
 */
export type ComparisonGovernance = {
  lastMeetingAt: Date | null;
  openDecisionCount: number;
  overdueDecisionCount: number;
  awaitingMinutesCount: number;
};

export type ComparisonRow = {
  /** A territory (its slug), or a region (its INSEE code as slug). */
  unit: { id: string; slug: string; name: string };
  /** Average progress per lever code (null: no action on that lever). */
  progressByLever: Record<string, number | null>;
  statusCounts: Record<string, number>;
  actionCount: number;
  lateCount: number;
  /** Actions late or blocked (each once): the dashboard's points de vigilance. */
  vigilanceCount: number;
  /** Average progress of the actions, every lever together (null: no action). */
  averageProgress: number | null;
  plannedBudget: number;
  fundingRequested: number;
  fundingGranted: number;
  governance: ComparisonGovernance;
};

export type Comparison = {
  /** "Normandie", or "Toutes les régions" for the administrator. */
  scopeLabel: string;
  unit: ComparisonUnit;
  /** For users who see every region: the regions to choose from, and the chosen one. */
  regionChoice?: { regions: { code: string; name: string }[]; selected?: string };
  filters: DashboardFilters;
  /** The day the figures state the plan as of (YYYY-MM-DD): the period's end, or today. */
  asOf: string;
  levers: { code: string; label: string }[];
  statuses: { code: string; label: string }[];
  rows: ComparisonRow[];
};
