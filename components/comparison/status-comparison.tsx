import { Chart } from "@/components/ui/chart";
import { orderStatuses, statusStyle } from "@/components/ui/chart-colors";
import type { ComparisonRow, ComparisonUnit } from "@/lib/dashboard/types";
import { formatInteger } from "@/lib/format";
import { statusSummary, totalActions, unitWords } from "./comparison-summaries";

/** Actions per status per territory (or region): one stacked bar each, and its data table. */
export function StatusComparison({
  rows,
  statuses,
  unit = "territory",
}: {
  rows: ComparisonRow[];
  statuses: { code: string; label: string }[];
  unit?: ComparisonUnit;
}) {
  const ordered = orderStatuses(statuses);
  const words = unitWords[unit];
  return (
    <Chart
      title="Actions par statut"
      headingLevel="h2"
      summary={statusSummary(rows, ordered, unit)}
      kind="stackedBar"
      xKey="unit"
      xLabel={words.column}
      yLabel="Nombre d'actions"
      data={rows.map((row) => ({
        unit: row.unit.name,
        ...Object.fromEntries(ordered.map((status) => [status.code, row.statusCounts[status.code] ?? 0])),
      }))}
      series={ordered.map((status) => ({ key: status.code, label: status.label, ...statusStyle(status.code) }))}
      table={{
        caption: `Actions par statut et par ${words.one}`,
        columns: [words.column, ...ordered.map((status) => status.label), "Total", "Dont en retard"],
        rows: rows.map((row) => ({
          header: row.unit.name,
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
