import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/actions/action-form";
import { emptyActionFormValues } from "@/lib/actions/form-values";
import { listActionReferenceData, listPossiblePilots } from "@/lib/actions/queries";
import { findTerritoryAccess } from "@/lib/territories/access";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Nouvelle action - ${territory.name}` : "Territoire introuvable" };
}

export default async function NewActionPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  if (!territory || !can(user, "action.create", territory.target)) notFound();
  const [reference, pilots] = await Promise.all([listActionReferenceData(), listPossiblePilots(territory.id)]);
  const planHref = `/territoires/${territory.slug}/actions`;
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Nouvelle action"
        segments={[
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          { label: "Plan d'actions", linkProps: { href: planHref } },
        ]}
      />
      <h1>Nouvelle action</h1>
      <p>Territoire d&apos;industrie {territory.name}</p>
      <ActionForm
        target={{ kind: "create", territoryId: territory.id }}
        values={emptyActionFormValues(reference.statuses[0]?.code ?? "")}
        cancelHref={planHref}
        levers={reference.levers}
        statuses={reference.statuses}
        funders={reference.funders}
        pilots={pilots}
      />
    </>
  );
}
