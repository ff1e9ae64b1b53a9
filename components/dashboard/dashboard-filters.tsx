import Link from "next/link";
import type { ReactNode } from "react";
import type { DashboardFilters } from "@/lib/dashboard/types";

/**
 * A plain GET form: the period and the lever land in the URL, so that every chart, the tiles and
 * the committee report follow the same view, which can be bookmarked or sent; no JavaScript needed.
 * Written in the DSFR's own markup rather than through react-dsfr's components: it heads every
 * dashboard, and those components (client components, with their own ids and analytics hooks)
 * cost a tenth of the page's render time (BENCHMARKS.md). One form per page: its ids are fixed.
 */
export function DashboardFiltersForm({
  action,
  filters,
  levers,
  regionChoice,
  isFiltered,
  keep,
}: {
  action: string;
  filters: DashboardFilters;
  levers: { code: string; label: string }[];
  /** The comparison of a user who sees every region: compare regions, or one region's territories. */
  regionChoice?: { regions: { code: string; name: string }[]; selected?: string };
  isFiltered: boolean;
  /** Other choices of the page kept across a new filter (the map's indicator). */
  keep?: Record<string, string>;
}) {
  const column = regionChoice ? "fr-col-12 fr-col-md-3" : "fr-col-12 fr-col-md-4";
  return (
    <form method="get" action={action} aria-labelledby="filtres-tableau-titre" className="fr-mb-6w ti-no-print">
      <h2 id="filtres-tableau-titre" className="fr-h6 fr-mb-2w">
        Filtrer le tableau de bord
      </h2>
      {Object.entries(keep ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className={column}>
          <MonthField id="filtre-du-mois" name="from" label="Du mois" value={filters.from} />
        </div>
        <div className={column}>
          <MonthField id="filtre-au-mois" name="to" label="Au mois (inclus)" value={filters.to} />
        </div>
        <div className={column}>
          <SelectField id="filtre-levier" name="lever" label="Levier" value={filters.lever ?? ""}>
            <option value="">Tous les leviers</option>
            {levers.map((lever) => (
              <option key={lever.code} value={lever.code}>
                {lever.label}
              </option>
            ))}
          </SelectField>
        </div>
        {regionChoice && (
          <div className={column}>
            <SelectField id="filtre-region" name="region" label="Région" value={regionChoice.selected ?? ""}>
              <option value="">Toutes les régions</option>
              {regionChoice.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </SelectField>
          </div>
        )}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mt-2w">
        <li>
          <button type="submit" className="fr-btn fr-icon-filter-line fr-btn--icon-left">
            Appliquer les filtres
          </button>
        </li>
        {isFiltered && (
          <li>
            <Link href={action} className="fr-btn fr-btn--tertiary fr-icon-close-line fr-btn--icon-left">
              Réinitialiser les filtres
            </Link>
          </li>
        )}
      </ul>
    </form>
  );
}

function MonthField({ id, name, label, value }: { id: string; name: string; label: string; value: string }) {
  return (
    <div className="fr-input-group">
      <label className="fr-label" htmlFor={id}>
        {label}
        <span className="fr-hint-text">Format attendu : AAAA-MM</span>
      </label>
      <input className="fr-input" type="month" id={id} name={name} defaultValue={value} />
    </div>
  );
}

function SelectField({
  id,
  name,
  label,
  value,
  children,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  children: ReactNode;
}) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} name={name} defaultValue={value}>
        {children}
      </select>
    </div>
  );
}
