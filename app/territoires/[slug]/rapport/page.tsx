import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PdfDownload } from "@/components/dashboard/pdf-download";
import { ReportActions } from "@/components/dashboard/report-actions";
import { CommitteeList } from "@/components/territories/committee-list";
import { formatPeriod } from "@/components/dashboard/labels";
import { TerritoryDashboard } from "@/components/dashboard/territory-dashboard";
import "@/components/dashboard/report-print.css";
import { findTerritoryAccess } from "@/lib/territories/access";
import { requireSessionUser } from "@/lib/auth/session";
import { dashboardQueryString, parseDashboardFilters, type SearchParams } from "@/lib/dashboard/filters";
import { listReportActions } from "@/lib/dashboard/report-queries";
import { todayInFrance } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { getTerritoryPage } from "@/lib/territories/queries";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Rapport du comité - ${territory.name}` : "Territoire introuvable" };
}

/**
 * The committee report: key figures, charts, every action lever by lever, the points de vigilance
 * and the committee, dated. The PDF (…/rapport/pdf) is this page printed by the server.
 */
export default async function CommitteeReportPage({ params, searchParams }: Props) {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  if (!territory) notFound();
  const filters = parseDashboardFilters(await searchParams);
  // Levers and committee come with the territory's page data, cached by its data version.
  const [page, dashboard, actions] = await Promise.all([
    getTerritoryPage(user, territory.slug),
    getTerritoryDashboard(user, territory.slug, filters),
    listReportActions(territory.id, filters, todayInFrance()),
  ]);
  if (!page || !dashboard) notFound();
  const { levers, committee } = page;
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
      <PdfDownload href={`/territoires/${territory.slug}/rapport/pdf${dashboardQueryString(filters)}`} />
      <TerritoryDashboard dashboard={dashboard} print />
      <ReportActions actions={actions} asOf={dashboard.asOf} />
      <CommitteeList members={committee} />
    </div>
  );
}
