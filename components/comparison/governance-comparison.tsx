import type { ReactNode } from "react";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { ComparisonGovernance, ComparisonRow, ComparisonUnit } from "@/lib/dashboard/types";
import { formatDate, formatInteger } from "@/lib/format";
import { ComparisonTable, UnitRowHeader } from "./comparison-table";
import { unitWords } from "./comparison-summaries";

type Column = { label: string; cell: (governance: ComparisonGovernance) => ReactNode };

/** The columns of the committees' follow-up, in order; a further governance figure is one more entry. */
const columns: Column[] = [
  {
    label: "Dernière séance",
    cell: ({ lastMeetingAt }) =>
      lastMeetingAt ? (
        formatDate(lastMeetingAt)
      ) : (
        <>
          <span aria-hidden="true">—</span>
          <span className="fr-sr-only">aucune séance</span>
        </>
      ),
  },
  { label: "Décisions en cours", cell: ({ openDecisionCount }) => formatInteger(openDecisionCount) },
  { label: "Décisions en retard", cell: ({ overdueDecisionCount }) => formatInteger(overdueDecisionCount) },
  { label: "Relevés à valider", cell: ({ awaitingMinutesCount }) => formatInteger(awaitingMinutesCount) },
];

/** How each committee follows its plan: its last séance and the decisions it still has to carry out. */
export function GovernanceComparison({
  rows,
  asOf,
  unit = "territory",
  unitHref,
}: {
  rows: ComparisonRow[];
  asOf: string;
  unit?: ComparisonUnit;
  unitHref: (slug: string) => string;
}) {
  const words = unitWords[unit];
  const definitions = figureDefinitions(asOf);
  return (
    <section aria-labelledby="suivi-comites-titre" className="fr-mb-6w">
      <h2 id="suivi-comites-titre">Suivi des comités</h2>
      <ul className="fr-text--xs ti-definition">
        <li>Dernière séance : {definitions.lastMeeting}</li>
        <li>Décisions en cours : {definitions.openDecisions}</li>
        <li>Décisions en retard : {definitions.overdueDecisions}</li>
        <li>Relevés à valider : {definitions.awaitingMinutes}</li>
      </ul>
      <ComparisonTable
        caption={`Séances et décisions par ${words.one}`}
        hint={
          unit === "region"
            ? "Pour une région : la dernière séance de ses territoires et la somme de leurs décisions."
            : undefined
        }
      >
        <thead>
          <tr>
            <th scope="col">{words.column}</th>
            {columns.map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit.id}>
              <UnitRowHeader name={row.unit.name} href={unitHref(row.unit.slug)} />
              {columns.map((column) => (
                <td key={column.label}>{column.cell(row.governance)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ComparisonTable>
    </section>
  );
}
