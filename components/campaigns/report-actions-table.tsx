import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { ConcernedAction } from "@/lib/campaigns/queries";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatPercent } from "@/lib/format";

/** The actions a campaign asks a territory to update, those not yet updated first. */
export function ReportActionsTable({ actions, territorySlug }: { actions: ConcernedAction[]; territorySlug: string }) {
  return (
    <DataTable caption="Actions concernées par la campagne" multiline>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Levier</th>
          <th scope="col">Statut et avancement</th>
          <th scope="col">Dernier point d&apos;avancement</th>
          <th scope="col">Mise à jour dans la période</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id}>
            <th scope="row">
              <Link href={`/territoires/${territorySlug}/actions/${action.id}`}>{action.title}</Link>
            </th>
            <td>{action.leverLabel}</td>
            <td>
              {action.statusLabel}, {formatPercent(action.progress)}
            </td>
            <td>{action.lastPointDate ? formatDate(dayToDate(action.lastPointDate)) : "Aucun"}</td>
            <td>
              {action.updatedInPeriod ? (
                <p className="fr-badge fr-badge--sm fr-badge--success">À jour</p>
              ) : (
                <p className="fr-badge fr-badge--sm fr-badge--warning">À mettre à jour</p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
