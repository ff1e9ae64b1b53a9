import type { ReactNode } from "react";
import { DashboardFiltersForm } from "@/components/dashboard/dashboard-filters";
import { formatPeriod } from "@/components/dashboard/labels";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { Comparison } from "@/lib/dashboard/types";
import { overviewSummary } from "./comparison-summaries";
import { FundingComparison } from "./funding-comparison";
import { GovernanceComparison } from "./governance-comparison";
import { LeverProgressGrid } from "./lever-progress-grid";
import { StatusComparison } from "./status-comparison";

export const COMPARISON_PATH = "/comparaison";

/** Every territory in the user's scope side by side: progress per lever, statuses, funding, committees' follow-up. */
export function ComparisonView({
  comparison,
  leverOptions,
  isFiltered,
  unitHref,
  map,
  keep,
}: {
  comparison: Comparison;
  /** Every lever, for the filter (the comparison itself may be narrowed to one). */
  leverOptions: { code: string; label: string }[];
  isFiltered: boolean;
  /** Where a row leads: a territory's dashboard, or a region's comparison (national view). */
  unitHref: (slug: string) => string;
  /** The map of the territories (above the tables), when territories are compared. */
  map?: ReactNode;
  /** Choices of the page kept by the filters' form (the map's indicator). */
  keep?: Record<string, string>;
}) {
  const { filters, rows } = comparison;
  const levers = filters.lever ? comparison.levers.filter((lever) => lever.code === filters.lever) : comparison.levers;
  const leverLabel = leverOptions.find((lever) => lever.code === filters.lever)?.label;
  return (
    <>
      <h1>Comparaison des territoires</h1>
      <p className="fr-text--lead fr-mb-1w">{comparison.scopeLabel}</p>
      <p className="fr-text--sm fr-mb-1w">
        Période : {formatPeriod(filters)}
        {leverLabel ? `, levier ${leverLabel}` : ", tous leviers"}.
      </p>
      <p className="fr-text--xs ti-definition">{figureDefinitions(comparison.asOf).comparison}</p>
      {rows.length === 0 ? (
        <p>
          Aucun territoire d&apos;industrie ne fait partie de votre périmètre pour le moment. Demandez à la préfecture
          de votre région de vous rattacher au comité de pilotage de votre territoire.
        </p>
      ) : (
        <>
          <DashboardFiltersForm
            // A new form for new filters: its fields show defaults, which React would not reset in place.
            key={[filters.from, filters.to, filters.lever, comparison.regionChoice?.selected].join("|")}
            action={COMPARISON_PATH}
            filters={filters}
            levers={leverOptions}
            regionChoice={comparison.regionChoice}
            isFiltered={isFiltered}
            keep={keep}
          />
          <section aria-labelledby="en-bref-titre" className="fr-mb-4w">
            <h2 id="en-bref-titre">En bref</h2>
            <p>{overviewSummary(comparison)}</p>
            {comparison.unit === "region" && (
              <p className="fr-text--sm">
                Chaque territoire compte une fois, dans la région qui le pilote. Choisissez une région pour comparer ses
                territoires et les voir sur une carte.
              </p>
            )}
          </section>
          {map}
          <LeverProgressGrid rows={rows} levers={levers} unit={comparison.unit} unitHref={unitHref} />
          <StatusComparison rows={rows} statuses={comparison.statuses} unit={comparison.unit} />
          <FundingComparison rows={rows} unit={comparison.unit} />
          <GovernanceComparison rows={rows} asOf={comparison.asOf} unit={comparison.unit} unitHref={unitHref} />
        </>
      )}
    </>
  );
}
