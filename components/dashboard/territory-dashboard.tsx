import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { DashboardTiles } from "@/components/dashboard/dashboard-tiles";
import { CommitteeFollowUp } from "@/components/dashboard/committee-follow-up";
import { VigilanceList } from "@/components/dashboard/vigilance-list";
import type { TerritoryDashboard as TerritoryDashboardData } from "@/lib/dashboard/types";

const DASHBOARD_VIGILANCE_ITEMS = 10;

/**
 * Tiles, charts and points de vigilance of one territory, from figures the page fetched (at the
 * same time as the rest of the page). Not streamed behind a skeleton: the figures take a few
 * milliseconds, and a page sent whole carries its full database and render time in its
 * Server-Timing header.
 */
export function TerritoryDashboard({
  dashboard,
  createHref,
  reportHref,
  print = false,
}: {
  dashboard: TerritoryDashboardData;
  createHref?: string;
  /** The committee report of the same view: the dashboard lists the first points de vigilance and links to it. */
  reportHref?: string;
  print?: boolean;
}) {
  return (
    <>
      <DashboardTiles dashboard={dashboard} />
      <DashboardCharts dashboard={dashboard} createHref={createHref} print={print} />
      <VigilanceList
        slug={dashboard.territory.slug}
        items={dashboard.vigilance}
        itemCount={dashboard.tiles.lateOrBlockedCount}
        shortList={reportHref ? { limit: DASHBOARD_VIGILANCE_ITEMS, reportHref } : undefined}
        overdueDecisions={dashboard.governance.overdueDecisions}
        overdueDecisionCount={dashboard.governance.overdueDecisionCount}
        asOf={dashboard.asOf}
      />
      <CommitteeFollowUp slug={dashboard.territory.slug} governance={dashboard.governance} asOf={dashboard.asOf} />
    </>
  );
}
