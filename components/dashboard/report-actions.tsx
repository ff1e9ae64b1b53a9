import { StatusBadges } from "@/components/actions/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { dayToDate } from "@/lib/dates";
import type { ReportAction } from "@/lib/dashboard/report-queries";
import { formatDate, formatPercent } from "@/lib/format";

/** Every action of the report, lever by lever: where it stands, who carries it, its last point. */
export function ReportActions({ actions, asOf }: { actions: ReportAction[]; asOf: string }) {
  const levers = [...new Set(actions.map((action) => action.leverLabel))];
  return (
    <section aria-labelledby="actions-titre" className="fr-mb-6w ti-report-actions">
      <h2 id="actions-titre">Les actions du plan</h2>
      <p className="fr-text--xs ti-definition">
        Chaque action du plan au {formatDate(dayToDate(asOf))}, à l&apos;état de son dernier point d&apos;avancement.
      </p>
      {actions.length === 0 && <p>Aucune action dans le plan.</p>}
      {levers.map((lever) => {
        const own = actions.filter((action) => action.leverLabel === lever);
        return (
          <DataTable key={lever} multiline size="sm" caption={`${lever} (${own.length})`}>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Statut</th>
                <th scope="col">Avancement</th>
                <th scope="col">Porteur</th>
                <th scope="col">Fin prévue</th>
                <th scope="col">Dernier point</th>
              </tr>
            </thead>
            <tbody>
              {own.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.title}</th>
                  <td>
                    <StatusBadges code={action.statusCode} label={action.statusLabel} isLate={action.isLate} />
                  </td>
                  <td>{formatPercent(action.progress)}</td>
                  <td>{action.carrierOrganisation}</td>
                  <td>{action.plannedEndDate ? formatDate(dayToDate(action.plannedEndDate)) : "—"}</td>
                  <td>
                    {action.lastPoint ? (
                      <>
                        {formatDate(dayToDate(action.lastPoint.date))}
                        {action.lastPoint.comment && <> — {action.lastPoint.comment}</>}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        );
      })}
    </section>
  );
}
