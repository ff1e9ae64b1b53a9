import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import { actionPlanHref, actionPlanPath, hasActiveFilters } from "@/lib/actions/plan-url";
import type { ActionPage } from "@/lib/actions/queries";
import type { ActionFilters } from "@/lib/actions/schemas";
import { ActionTable } from "./action-table";

/** The table of the plan, its pagination, or the reason it is empty. */
export function ActionPlanResults({
  plan,
  filters,
  canCreate,
}: {
  plan: ActionPage;
  filters: ActionFilters;
  canCreate: boolean;
}) {
  const slug = plan.territory.slug;
  if (plan.total === 0) {
    return hasActiveFilters(filters) ? (
      <p>
        Aucune action ne correspond à ces filtres. <Link href={actionPlanPath(slug)}>Voir toutes les actions</Link>
      </p>
    ) : (
      <p>
        Le plan d&apos;actions ne contient encore aucune action.
        {canCreate && (
          <>
            {" "}
            <Link href={`${actionPlanPath(slug)}/nouvelle`}>Créer une action</Link>
          </>
        )}
      </p>
    );
  }
  if (plan.items.length === 0) {
    return (
      <p>
        Cette page n&apos;existe plus : le plan compte {plan.total} action{plan.total > 1 ? "s" : ""}.{" "}
        <Link href={actionPlanHref(slug, filters, { page: 1 })}>Revenir à la première page</Link>
      </p>
    );
  }
  return (
    <>
      <ActionTable slug={slug} filters={filters} items={plan.items} total={plan.total} />
      {plan.pageCount > 1 && (
        <Pagination
          className="fr-mt-2w"
          count={plan.pageCount}
          defaultPage={plan.page}
          getPageLinkProps={(page) => ({ href: actionPlanHref(slug, filters, { page }) })}
        />
      )}
    </>
  );
}
