import type { ActionDetail } from "@/lib/actions/queries";
import { formatEuros } from "@/lib/format";

export function FundingTable({ action }: { action: ActionDetail }) {
  if (action.fundingLines.length === 0) return <p>Aucun financement enregistré.</p>;
  return (
    <div className="fr-table fr-table--no-caption">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>Financements de l&apos;action</caption>
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
                    <th scope="row">{line.funder.label}</th>
                    <td className="fr-cell--right">{formatEuros(line.amountRequested)}</td>
                    <td className="fr-cell--right">{formatEuros(line.amountGranted)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Total</th>
                  <td className="fr-cell--right fr-text--bold">{formatEuros(action.totals.requested)}</td>
                  <td className="fr-cell--right fr-text--bold">{formatEuros(action.totals.granted)}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
