import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/actions/action-form";
import { toActionFormValues } from "@/lib/actions/form-values";
import { getAction, listActionReferenceData, listPossiblePilots } from "@/lib/actions/queries";
import { findTerritoryAccess } from "@/lib/territories/access";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const user = await requireSessionUser();
  const [territory, action] = await Promise.all([findTerritoryAccess(user, slug), getAction(user, id)]);
  if (!territory || !action || action.territory.id !== territory.id) return { title: "Action introuvable" };
  return { title: `Modifier « ${action.title} » - ${territory.name}` };
}

export default async function EditActionPage({ params }: Props) {
  const { slug, id } = await params;
  const user = await requireSessionUser();
  // A malformed id would make PostgreSQL reject the uuid comparison: it is simply not found.
  if (!uuidPattern.test(id)) notFound();
  const [territory, action] = await Promise.all([findTerritoryAccess(user, slug), getAction(user, id)]);
  // The right is checked on the territory stored on the action; the URL's slug must match it.
  if (!territory || !action || action.territory.id !== territory.id) notFound();
  if (!can(user, "action.update", territory.target)) notFound();
  const [reference, pilots] = await Promise.all([listActionReferenceData(), listPossiblePilots(territory.id)]);
  const actionHref = `/territoires/${territory.slug}/actions/${action.id}`;
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Modifier"
        segments={[
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          { label: "Plan d'actions", linkProps: { href: `/territoires/${territory.slug}/actions` } },
          { label: action.title, linkProps: { href: actionHref } },
        ]}
      />
      <h1>Modifier l&apos;action</h1>
      <p>{action.title}</p>
      <ActionForm
        target={{ kind: "update", actionId: action.id, version: action.version }}
        values={toActionFormValues(action)}
        cancelHref={actionHref}
        levers={reference.levers}
        statuses={reference.statuses}
        funders={reference.funders}
        pilots={pilots}
      />
    </>
  );
}
