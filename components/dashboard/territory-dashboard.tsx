import { notFound } from "next/navigation";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { DashboardTiles } from "@/components/dashboard/dashboard-tiles";
import { VigilanceList } from "@/components/dashboard/vigilance-list";
import type { SessionUser } from "@/lib/auth/session";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";
import type { DashboardFilters } from "@/lib/dashboard/types";

/**
 * Tiles, charts and points de vigilance of one territory. Not streamed behind a skeleton: the
 * figures take a few milliseconds, and a page sent whole carries its full database and render time
 * in its Server-Timing header.
 */
export async function TerritoryDashboard({
  user,
  slug,
  filters,
  createHref,
  print = false,
}: {
  user: SessionUser;
  slug: string;
  filters: DashboardFilters;
  createHref?: string;
  print?: boolean;
}) {
  const dashboard = await getTerritoryDashboard(user, slug, filters);
  if (!dashboard) notFound();
  return (
    <>
      <DashboardTiles dashboard={dashboard} />
      <DashboardCharts dashboard={dashboard} createHref={createHref} print={print} />
      <VigilanceList slug={dashboard.territory.slug} items={dashboard.vigilance} />
    </>
  );
}
