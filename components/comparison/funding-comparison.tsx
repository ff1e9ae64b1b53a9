import { Chart } from "@/components/ui/chart";
import { fundingSeries } from "@/components/ui/chart-colors";
import type { ComparisonRow, ComparisonUnit } from "@/lib/dashboard/types";
import { formatEuros, formatPercent } from "@/lib/format";
import { fundingSummary, percentOf, unitWords } from "./comparison-summaries";

/**
 * Funding requested and granted per territory or region, drawn like the dashboard's funding chart;
 * the table adds each one's planned budget.
 */
export function FundingComparison({ rows, unit = "territory" }: { rows: ComparisonRow[]; unit?: ComparisonUnit }) {
  const words = unitWords[unit];
  const hasFigures = rows.some((row) => row.fundingRequested > 0 || row.fundingGranted > 0);
  return (
    <Chart
      title="Financements demandés et accordés"
      headingLevel="h2"
      summary={fundingSummary(rows, unit)}
      kind="bar"
      xKey="unit"
      xLabel={words.column}
      yLabel="Montant"
      valueFormat="euros"
      data={rows.map((row) => ({
        unit: row.unit.name,
        requested: row.fundingRequested,
        granted: row.fundingGranted,
      }))}
      series={[
        { key: "requested", ...fundingSeries.requested },
        { key: "granted", ...fundingSeries.granted },
      ]}
      table={{
        caption: `Budget prévisionnel, montants demandés et accordés par ${words.one}`,
        columns: [words.column, "Budget prévisionnel", "Montant demandé", "Montant accordé", "Part accordée"],
        rows: rows.map((row) => {
          const share = percentOf(row.fundingGranted, row.fundingRequested);
          return {
            header: row.unit.name,
            cells: [
              formatEuros(row.plannedBudget),
              formatEuros(row.fundingRequested),
              formatEuros(row.fundingGranted),
              share === null ? "—" : formatPercent(share),
            ],
          };
        }),
      }}
      empty={
        hasFigures
          ? undefined
          : { message: "Aucun financement demandé : ajoutez des financements aux actions depuis leur fiche." }
      }
    />
  );
}
