import type { ActionView } from "@/lib/actions/view";
import { formatEuros } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";

export function FundingTable({ action }: { action: ActionView }) {
  if (action.fundingLines.length === 0) return <p>Aucun financement enregistré.</p>;
  return (
    <DataTable hideCaption caption="Financements de l'action">
      <thead>
        <tr>
          <th scope="col">Financeur</th>
          <th scope="col" className="fr-cell--right">
            Montant demandé
          </th>
          <th scope="col" className="fr-cell--right">
            Montant accordé
          </th>
        </tr>
      </thead>
      <tbody>
        {action.fundingLines.map((line) => (
          <tr key={line.id}>
            <th scope="row">{line.funderLabel}</th>
            <td className="fr-cell--right">{formatEuros(line.amountRequested)}</td>
            <td className="fr-cell--right">{formatEuros(line.amountGranted)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Total</th>
          <td className="fr-cell--right fr-text--bold">{formatEuros(action.fundingTotals.requested)}</td>
          <td className="fr-cell--right fr-text--bold">{formatEuros(action.fundingTotals.granted)}</td>
        </tr>
      </tbody>
    </DataTable>
  );
}
