import { Button } from "@codegouvfr/react-dsfr/Button";
import { actionExportHref, actionPlanPath } from "@/lib/actions/plan-url";
import type { ActionFilters } from "@/lib/actions/schemas";

/**
 * What one can do with the plan. Exports carry the current filters (the file holds what the table
 * shows); creating and importing appear only for those the permission table lets write the plan.
 */
export function ActionPlanToolbar({
  slug,
  filters,
  canCreate,
}: {
  slug: string;
  filters: ActionFilters;
  canCreate: boolean;
}) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-2w">
      {canCreate && (
        <li>
          <Button iconId="fr-icon-add-line" linkProps={{ href: `${actionPlanPath(slug)}/nouvelle` }}>
            Nouvelle action
          </Button>
        </li>
      )}
      {canCreate && (
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-upload-line"
            linkProps={{ href: `${actionPlanPath(slug)}/import` }}
          >
            Importer
          </Button>
        </li>
      )}
      {/* Plain links: the export route answers with a file, not a page to navigate to. */}
      <li>
        <a
          className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left"
          href={actionExportHref(slug, filters, "csv")}
        >
          Exporter (CSV)
        </a>
      </li>
      <li>
        <a
          className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left"
          href={actionExportHref(slug, filters, "xlsx")}
        >
          Exporter (Excel)
        </a>
      </li>
    </ul>
  );
}
