import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionFiltersForm } from "@/components/actions/action-filters";
import { ActionPlanResults } from "@/components/actions/action-plan-results";
import { ActionPlanToolbar } from "@/components/actions/action-plan-toolbar";
import { actionPlanQuery, parseActionFilters, type SearchParams } from "@/lib/actions/plan-url";
import { listActionReferenceData, listActions } from "@/lib/actions/queries";
import { findTerritoryAccess } from "@/lib/territories/access";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Plan d'actions - ${territory.name}` : "Territoire introuvable" };
}

export default async function ActionPlanPage({ params, searchParams }: Props) {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  if (!territory) notFound();
  const query = await searchParams;
  const filters = parseActionFilters(query);
  const [plan, reference] = await Promise.all([listActions(user, territory.slug, filters), listActionReferenceData()]);
  if (!plan) notFound();
  const canCreate = can(user, "action.create", territory.target);
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Plan d'actions"
        segments={[
          { label: "Territoires", linkProps: { href: "/territoires" } },
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
        ]}
      />
      <h1>Plan d&apos;actions</h1>
      <p className="fr-text--lead">Territoire d&apos;industrie {territory.name}</p>
      {query.archivee === "1" && (
        <Alert className="fr-mb-4w" severity="success" small description="L'action a été archivée." />
      )}
      <ActionPlanToolbar slug={territory.slug} filters={filters} canCreate={canCreate} />
      {/* Keyed by the view: the form's fields start again from the URL after each navigation. */}
      <ActionFiltersForm
        key={actionPlanQuery(filters).toString()}
        slug={territory.slug}
        filters={filters}
        levers={reference.levers}
        statuses={reference.statuses}
      />
      <ActionPlanResults plan={plan} filters={filters} canCreate={canCreate} />
    </>
  );
}
