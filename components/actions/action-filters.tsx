import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { actionPlanPath, hasActiveFilters } from "@/lib/actions/plan-url";
import { carrierCollegeLabels, carrierColleges, type ActionFilters } from "@/lib/actions/schemas";

type Option = { code: string; label: string };

/**
 * A plain GET form: the filters land in the URL, so that a filtered plan can be shared, reloaded
 * and exported as shown, and the form works without JavaScript. Applying filters goes back to page 1.
 */
export function ActionFiltersForm({
  slug,
  filters,
  levers,
  statuses,
}: {
  slug: string;
  filters: ActionFilters;
  levers: Option[];
  statuses: Option[];
}) {
  return (
    <form method="get" action={actionPlanPath(slug)} aria-labelledby="filtres-titre" className="fr-mb-4w">
      <h2 id="filtres-titre" className="fr-h6 fr-mb-2w">
        Filtrer les actions
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Input
            label="Rechercher"
            hintText="Titre, description, porteur ou partenaires"
            nativeInputProps={{ type: "search", name: "q", defaultValue: filters.q ?? "" }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select label="Levier" nativeSelectProps={{ name: "lever", defaultValue: filters.lever ?? "" }}>
            <option value="">Tous les leviers</option>
            {levers.map((lever) => (
              <option key={lever.code} value={lever.code}>
                {lever.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select label="Statut" nativeSelectProps={{ name: "status", defaultValue: filters.status ?? "" }}>
            <option value="">Tous les statuts</option>
            {statuses.map((status) => (
              <option key={status.code} value={status.code}>
                {status.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select label="Porteur" nativeSelectProps={{ name: "carrier", defaultValue: filters.carrier ?? "" }}>
            <option value="">Tous les porteurs</option>
            {carrierColleges.map((college) => (
              <option key={college} value={college}>
                {carrierCollegeLabels[college]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Checkbox
        className="fr-mt-2w"
        small
        options={[
          {
            label: "En retard uniquement",
            hintText: "Fin prévue dépassée, action ni réalisée ni abandonnée",
            nativeInputProps: { name: "late", value: "1", defaultChecked: filters.late },
          },
        ]}
      />
      {filters.sort !== "updatedAt" && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.order !== "desc" && <input type="hidden" name="order" value={filters.order} />}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        <li>
          <Button type="submit" iconId="fr-icon-filter-line">
            Filtrer
          </Button>
        </li>
        {hasActiveFilters(filters) && (
          <li>
            <Button priority="tertiary" linkProps={{ href: actionPlanPath(slug) }} iconId="fr-icon-close-line">
              Réinitialiser les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
