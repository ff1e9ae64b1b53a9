import { ProgressBar } from "@/components/actions/progress-bar";
import type { ComparisonRow, ComparisonUnit } from "@/lib/dashboard/types";
import { leverProgressSummary, unitWords } from "./comparison-summaries";
import { ComparisonTable, UnitRowHeader } from "./comparison-table";

type Lever = { code: string; label: string };

/** Territories (or regions) as rows, levers as columns: each cell the average progress, "—" without action. */
export function LeverProgressGrid({
  rows,
  levers,
  unit = "territory",
  unitHref,
}: {
  rows: ComparisonRow[];
  levers: Lever[];
  unit?: ComparisonUnit;
  /** Where a row's name leads: the territory's dashboard, or the region's comparison. */
  unitHref: (slug: string) => string;
}) {
  const words = unitWords[unit];
  return (
    <section aria-labelledby="avancement-levier-titre" className="fr-mb-6w">
      <h2 id="avancement-levier-titre">Avancement moyen par levier</h2>
      <ul className="fr-mb-2w">
        {leverProgressSummary(rows, levers, unit).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <ComparisonTable
        caption={`Avancement moyen par ${words.one} et par levier`}
        hint={`Moyenne de l'avancement des actions de chaque ${words.one} sur chaque levier ; « — » : aucune action.`}
      >
        <thead>
          <tr>
            <th scope="col">{words.column}</th>
            {levers.map((lever) => (
              <th key={lever.code} scope="col">
                {lever.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit.id}>
              <UnitRowHeader name={row.unit.name} href={unitHref(row.unit.slug)} />
              {levers.map((lever) => {
                const value = row.progressByLever[lever.code] ?? null;
                return (
                  <td key={lever.code}>
                    {value === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="fr-sr-only">aucune action</span>
                      </>
                    ) : (
                      <ProgressBar value={value} size="sm" />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ComparisonTable>
    </section>
  );
}
