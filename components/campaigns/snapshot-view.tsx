import { DataTable } from "@/components/ui/data-table";
import type { CampaignSnapshot } from "@/lib/campaigns/snapshot";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatEuros, formatInteger, formatPercent } from "@/lib/format";

/** What a territory submitted: its figures and actions as of the as-of date, as frozen then. */
export function SnapshotView({ snapshot, heading }: { snapshot: CampaignSnapshot; heading: string }) {
  const { figures } = snapshot;
  const asOf = formatDate(dayToDate(snapshot.asOf));
  return (
    <section aria-label={heading}>
      <dl className="ti-snapshot-figures">
        <dt>Actions du plan au {asOf}</dt>
        <dd>{formatInteger(figures.actionCount)}</dd>
        <dt>Réalisées</dt>
        <dd>{formatInteger(figures.doneCount)}</dd>
        <dt>Avancement moyen</dt>
        <dd>{figures.averageProgress === null ? "—" : formatPercent(figures.averageProgress)}</dd>
        <dt>Points de vigilance (en retard ou bloquées)</dt>
        <dd>{formatInteger(figures.lateOrBlockedCount)}</dd>
        <dt>Montant accordé</dt>
        <dd>{formatEuros(figures.fundingGranted)}</dd>
        <dt>Actions mises à jour dans la période</dt>
        <dd>
          {formatInteger(snapshot.completion.updatedCount)} sur {formatInteger(snapshot.completion.concernedCount)}
        </dd>
      </dl>
      <DataTable caption={`Actions au ${asOf}, telles que transmises`} multiline size="sm">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Levier</th>
            <th scope="col">Statut</th>
            <th scope="col">Avancement</th>
            <th scope="col">Dernier point</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.title}</th>
              <td>{action.leverLabel}</td>
              <td>
                {action.statusLabel}
                {action.isLate ? " (en retard)" : ""}
              </td>
              <td>{formatPercent(action.progress)}</td>
              <td>{action.lastPointDate ? formatDate(dayToDate(action.lastPointDate)) : "Aucun"}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
