import { ProgressBar } from "@/components/actions/progress-bar";
import type { ComparisonRow } from "@/lib/dashboard/types";
import { leverProgressSummary } from "./comparison-summaries";
import { ComparisonTable, TerritoryRowHeader } from "./comparison-table";

type Lever = { code: string; label: string };

/** Territories as rows, levers as columns: each cell the average progress, "—" without action. */
export function LeverProgressGrid({
  rows,
  levers,
  territoryHref,
}: {
  rows: ComparisonRow[];
  levers: Lever[];
  territoryHref: (slug: string) => string;
}) {
  return (
    <section aria-labelledby="avancement-levier-titre" className="fr-mb-6w">
      <h2 id="avancement-levier-titre">Avancement moyen par levier</h2>
      <ul className="fr-mb-2w">
        {leverProgressSummary(rows, levers).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <ComparisonTable
        caption="Avancement moyen par territoire et par levier"
        hint="Moyenne de l'avancement des actions de chaque territoire sur chaque levier ; « — » : aucune action."
      >
        <thead>
          <tr>
            <th scope="col">Territoire</th>
            {levers.map((lever) => (
              <th key={lever.code} scope="col">
                {lever.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.territory.id}>
              <TerritoryRowHeader name={row.territory.name} href={territoryHref(row.territory.slug)} />
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
