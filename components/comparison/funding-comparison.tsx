import { Chart } from "@/components/ui/chart";
import { dsfrColors } from "@/components/ui/chart-colors";
import type { ComparisonRow, ComparisonUnit } from "@/lib/dashboard/types";
import { formatEuros, formatPercent } from "@/lib/format";
import { fundingSummary, percentOf, unitWords } from "./comparison-summaries";

/** Planned budget next to the funding granted, per territory or region: a grouped bar chart and its table. */
export function FundingComparison({ rows, unit = "territory" }: { rows: ComparisonRow[]; unit?: ComparisonUnit }) {
  const words = unitWords[unit];
  const hasFigures = rows.some((row) => row.plannedBudget > 0 || row.fundingGranted > 0);
  return (
    <Chart
      title="Budget prévisionnel et financements accordés"
      headingLevel="h2"
      summary={fundingSummary(rows, unit)}
      kind="bar"
      xKey="unit"
      xLabel={words.column}
      yLabel="Montant"
      valueFormat="euros"
      data={rows.map((row) => ({
        unit: row.unit.name,
        plannedBudget: row.plannedBudget,
        fundingGranted: row.fundingGranted,
      }))}
      series={[
        // Two blues of different lightness, and a pattern on one, so that they differ without colour.
        {
          key: "plannedBudget",
          label: "Budget prévisionnel",
          color: dsfrColors.blueFranceMain525,
          pattern: "diagonal",
        },
        { key: "fundingGranted", label: "Financements accordés", color: dsfrColors.blueFrance },
      ]}
      table={{
        caption: `Budget prévisionnel et financements accordés par ${words.one}`,
        columns: [words.column, "Budget prévisionnel", "Financements accordés", "Part accordée"],
        rows: rows.map((row) => {
          const share = percentOf(row.fundingGranted, row.plannedBudget);
          return {
            header: row.unit.name,
            cells: [
              formatEuros(row.plannedBudget),
              formatEuros(row.fundingGranted),
              share === null ? "—" : formatPercent(share),
            ],
          };
        }),
      }}
      empty={
        hasFigures
          ? undefined
          : { message: "Aucun budget ni financement sur la période choisie : élargissez la période." }
      }
    />
  );
}
