import type { ActionView } from "@/lib/actions/view";
import { formatNumber } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";

const measure = (value: number | null) => (value === null ? "Non renseignée" : formatNumber(value));

export function IndicatorTable({ action }: { action: ActionView }) {
  if (action.indicators.length === 0) return <p>Aucun indicateur défini.</p>;
  return (
    <DataTable hideCaption caption="Indicateurs de l'action">
      <thead>
        <tr>
          <th scope="col">Indicateur</th>
          <th scope="col">Unité</th>
          <th scope="col" className="fr-cell--right">
            Cible
          </th>
          <th scope="col" className="fr-cell--right">
            Valeur
          </th>
        </tr>
      </thead>
      <tbody>
        {action.indicators.map((indicator) => (
          <tr key={indicator.id}>
            <th scope="row">{indicator.label}</th>
            <td>{indicator.unit || "—"}</td>
            <td className="fr-cell--right">{measure(indicator.target)}</td>
            <td className="fr-cell--right">{measure(indicator.latestValue)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
