import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/dashboard/print-button";
import { formatPeriod } from "@/components/dashboard/labels";
import { TerritoryDashboard } from "@/components/dashboard/territory-dashboard";
import "@/components/dashboard/report-print.css";
import { findTerritoryAccess } from "@/lib/actions/territory-access";
import { requireSessionUser } from "@/lib/auth/session";
import { parseDashboardFilters, type SearchParams } from "@/lib/dashboard/filters";
import { formatDate } from "@/lib/format";
import { listLevers } from "@/lib/territories/queries";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Rapport du comité - ${territory.name}` : "Territoire introuvable" };
}

/** The committee report: the dashboard on A4 pages, dated, printed or saved as PDF by the browser. */
export default async function CommitteeReportPage({ params, searchParams }: Props) {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  if (!territory) notFound();
  const filters = parseDashboardFilters(await searchParams);
  const [levers, dashboard] = await Promise.all([listLevers(), getTerritoryDashboard(user, territory.slug, filters)]);
  if (!dashboard) notFound();
  const leverLabel = levers.find((lever) => lever.code === filters.lever)?.label;
  return (
    <div className="ti-report">
      <div className="ti-no-print">
        <PageBreadcrumb
          currentPageLabel="Rapport du comité"
          segments={[
            { label: "Territoires", linkProps: { href: "/territoires" } },
            { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          ]}
        />
      </div>
      <h1>
        Rapport du comité de pilotage — {territory.name} — {formatDate(new Date())}
      </h1>
      <p className="fr-text--lead">
        Période : {formatPeriod(filters)} · {leverLabel ? `levier ${leverLabel}` : "tous les leviers"}
      </p>
      <PrintButton />
      <TerritoryDashboard dashboard={dashboard} print />
    </div>
  );
}
