import { Chart } from "@/components/ui/chart";
import { orderStatuses, statusStyle } from "@/components/ui/chart-colors";
import type { ComparisonRow } from "@/lib/dashboard/types";
import { formatInteger } from "@/lib/format";
import { statusSummary, totalActions } from "./comparison-summaries";

/** Actions per status per territory: one stacked bar per territory, and its data table. */
export function StatusComparison({
  rows,
  statuses,
}: {
  rows: ComparisonRow[];
  statuses: { code: string; label: string }[];
}) {
  const ordered = orderStatuses(statuses);
  return (
    <Chart
      title="Actions par statut"
      headingLevel="h2"
      summary={statusSummary(rows, ordered)}
      kind="stackedBar"
      xKey="territory"
      xLabel="Territoire"
      yLabel="Nombre d'actions"
      data={rows.map((row) => ({
        territory: row.territory.name,
        ...Object.fromEntries(ordered.map((status) => [status.code, row.statusCounts[status.code] ?? 0])),
      }))}
      series={ordered.map((status) => ({ key: status.code, label: status.label, ...statusStyle(status.code) }))}
      table={{
        caption: "Actions par statut et par territoire",
        columns: ["Territoire", ...ordered.map((status) => status.label), "Total", "Dont en retard"],
        rows: rows.map((row) => ({
          header: row.territory.name,
          cells: [
            ...ordered.map((status) => formatInteger(row.statusCounts[status.code] ?? 0)),
            formatInteger(row.actionCount),
            formatInteger(row.lateCount),
          ],
        })),
      }}
      empty={
        totalActions(rows) === 0
          ? { message: "Aucune action sur la période choisie : élargissez la période ou choisissez un autre levier." }
          : undefined
      }
    />
  );
}
