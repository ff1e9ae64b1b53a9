import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import Link from "next/link";
import { hasAuditLogFilters, type AuditLogFilters } from "@/lib/audit/filters";
import { auditOperationLabels } from "@/lib/audit/labels";
import type { AuditLogFilterOptions } from "@/lib/audit/queries";

/** A plain GET form: the filters land in the URL, so that the filtered journal can be shared and exported as shown. */
export function AuditLogFiltersForm({
  filters,
  options,
}: {
  filters: AuditLogFilters;
  options: AuditLogFilterOptions;
}) {
  return (
    <form method="get" action="/admin/journal" aria-labelledby="filtres-journal-titre" className="fr-mb-4w">
      <h2 id="filtres-journal-titre" className="fr-h6 fr-mb-2w">
        Filtrer le journal
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          <Select label="Territoire" nativeSelectProps={{ name: "territory", defaultValue: filters.territory ?? "" }}>
            <option value="">Tous les territoires</option>
            {options.territories.map((territory) => (
              <option key={territory.slug} value={territory.slug}>
                {territory.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          <Select
            label="Personne"
            hint="Qui a agi, ou dont le compte est concerné"
            nativeSelectProps={{ name: "person", defaultValue: filters.person ?? "" }}
          >
            <option value="">Toutes les personnes</option>
            {options.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          <Select label="Type d'événement" nativeSelectProps={{ name: "kind", defaultValue: filters.kind ?? "" }}>
            <option value="">Tous les événements</option>
            {Object.entries(auditOperationLabels).map(([operation, label]) => (
              <option key={operation} value={operation}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Input label="Du" nativeInputProps={{ type: "date", name: "from", defaultValue: filters.from ?? "" }} />
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Input label="Au" nativeInputProps={{ type: "date", name: "to", defaultValue: filters.to ?? "" }} />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <Button type="submit">Filtrer</Button>
            </li>
            {hasAuditLogFilters(filters) && (
              <li>
                <Link href="/admin/journal" className="fr-btn fr-btn--secondary">
                  Effacer les filtres
                </Link>
              </li>
            )}
          </ul>
        </div>
      </div>
    </form>
  );
}
