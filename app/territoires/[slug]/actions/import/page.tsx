import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/actions/import-form";
import { ImportHelp } from "@/components/actions/import-help";
import { actionPlanPath } from "@/lib/actions/plan-url";
import { findTerritoryAccess } from "@/lib/territories/access";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Importer des actions - ${territory.name}` : "Territoire introuvable" };
}

export default async function ImportActionsPage({ params }: Props) {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  // Importing creates actions: the page exists only for those who may create them here.
  if (!territory || !can(user, "action.create", territory.target)) notFound();
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Importer des actions"
        segments={[
          { label: "Territoires", linkProps: { href: "/territoires" } },
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          { label: "Plan d'actions", linkProps: { href: actionPlanPath(territory.slug) } },
        ]}
      />
      <h1>Importer des actions</h1>
      <p className="fr-text--lead">Territoire d&apos;industrie {territory.name}</p>
      <ImportHelp slug={territory.slug} />
      <ImportForm territoryId={territory.id} />
    </>
  );
}
