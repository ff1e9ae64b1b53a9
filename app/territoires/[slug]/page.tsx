import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DashboardFiltersForm } from "@/components/dashboard/dashboard-filters";
import { formatPeriod } from "@/components/dashboard/labels";
import { TerritoryDashboard } from "@/components/dashboard/territory-dashboard";
import { CommitteeList } from "@/components/territories/committee-list";
import { ContactList } from "@/components/territories/contact-list";
import { TerritoryCard } from "@/components/territories/territory-card";
import { findTerritoryAccess } from "@/lib/territories/access";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { dashboardQueryString, parseDashboardFilters, type SearchParams } from "@/lib/dashboard/filters";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";
import { getTerritoryPage } from "@/lib/territories/queries";
import { IntercommunalitiesMap } from "@/components/map/intercommunalities-map";
import { getIntercommunalitiesMap } from "@/lib/map/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  // The light, per-request cached lookup the page also makes: the title needs only the name.
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Tableau de bord - ${territory.name}` : "Territoire introuvable" };
}

export default async function TerritoryPage({ params, searchParams }: Props) {
  const user = await requireSessionUser();
  const { slug } = await params;
  const filters = parseDashboardFilters(await searchParams);
  // All at once: each read checks the scope itself (findTerritoryAccess is cached per request); the
  // figures and the territory's page are cached by its data version (lib/dashboard/figure-cache.ts).
  const [access, page, dashboard, drawing] = await Promise.all([
    findTerritoryAccess(user, slug),
    getTerritoryPage(user, slug),
    getTerritoryDashboard(user, slug, filters),
    // Reference geometry, the same for every reader: shown only once the scope check above passed.
    getIntercommunalitiesMap(slug),
  ]);
  if (!access || !page || !dashboard || !drawing) notFound();
  const { overview: territory, levers, committee, contacts } = page;
  const query = dashboardQueryString(filters);
  const leverLabel = levers.find((lever) => lever.code === filters.lever)?.label;
  const createHref = can(user, "action.create", access.target)
    ? `/territoires/${territory.slug}/actions/nouvelle`
    : undefined;
  return (
    <>
      <p className="fr-text--sm fr-mb-1w">Territoire d&apos;industrie</p>
      <h1>{territory.name}</h1>
      <p className="fr-text--lead">
        Tableau de bord {formatPeriod(filters)}
        {leverAccent(leverLabel)}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Link
            className="fr-btn fr-btn--icon-left fr-icon-list-unordered"
            href={`/territoires/${territory.slug}/actions`}
          >
            Plan d&apos;actions
          </Link>
        </li>
        <li>
          <Link
            className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-calendar-line"
            href={`/territoires/${territory.slug}/seances`}
          >
            Séances
          </Link>
        </li>
        <li>
          <Link
            className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-check-line"
            href={`/territoires/${territory.slug}/decisions`}
          >
            Suivi des décisions
          </Link>
        </li>
        <li>
          <Link
            className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-file-text-line"
            href={`/territoires/${territory.slug}/rapport${query}`}
          >
            Rapport du comité
          </Link>
        </li>
      </ul>
      <DashboardFiltersForm
        key={query}
        action={`/territoires/${territory.slug}`}
        filters={filters}
        levers={levers}
        isFiltered={query !== ""}
      />
      <TerritoryDashboard
        dashboard={dashboard}
        createHref={createHref}
        reportHref={`/territoires/${territory.slug}/rapport${query}`}
      />
      <CommitteeList members={committee} />
      <ContactList contacts={contacts} />
      <h2>Composition du territoire</h2>
      <IntercommunalitiesMap territoryName={territory.name} drawing={drawing} />
      <TerritoryCard territory={territory} levers={levers} headingLevel="h3" />
    </>
  );
}

function leverAccent(label: string | undefined): string {
  return label ? `, levier ${label}` : ", tous leviers";
}
