import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { DashboardTiles } from "@/components/dashboard/dashboard-tiles";
import { CommitteeFollowUp } from "@/components/dashboard/committee-follow-up";
import { VigilanceList } from "@/components/dashboard/vigilance-list";
import type { TerritoryDashboard as TerritoryDashboardData } from "@/lib/dashboard/types";

/**
 * Tiles, charts and points de vigilance of one territory, from figures the page fetched (at the
 * same time as the rest of the page). Not streamed behind a skeleton: the figures take a few
 * milliseconds, and a page sent whole carries its full database and render time in its
 * Server-Timing header.
 */
export function TerritoryDashboard({
  dashboard,
  createHref,
  print = false,
}: {
  dashboard: TerritoryDashboardData;
  createHref?: string;
  print?: boolean;
}) {
  return (
    <>
      <DashboardTiles dashboard={dashboard} />
      <DashboardCharts dashboard={dashboard} createHref={createHref} print={print} />
      <VigilanceList
        slug={dashboard.territory.slug}
        items={dashboard.vigilance}
        overdueDecisions={dashboard.governance.overdueDecisions}
        overdueDecisionCount={dashboard.governance.overdueDecisionCount}
        asOf={dashboard.asOf}
      />
      <CommitteeFollowUp slug={dashboard.territory.slug} governance={dashboard.governance} asOf={dashboard.asOf} />
    </>
  );
}
