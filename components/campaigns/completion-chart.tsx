import { Chart } from "@/components/ui/chart";
import { dsfrColors } from "@/components/ui/chart-colors";
import type { CompletionRow } from "@/lib/campaigns/queries";
import { completionStateLabels } from "@/lib/campaigns/schemas";
import { formatInteger } from "@/lib/format";
import { updatedShareText } from "./completion-table";

const series = [
  { key: "updated", label: "Actions mises à jour", color: dsfrColors.success425 },
  { key: "missing", label: "Actions à mettre à jour", color: dsfrColors.grey625, pattern: "dots" as const },
];

/** The completion table drawn: per territory, the actions updated and those still to update. */
export function CompletionChart({ rows }: { rows: CompletionRow[] }) {
  const submitted = rows.filter((row) => row.state === "SUBMITTED" || row.state === "ACCEPTED").length;
  const notStarted = rows.filter((row) => row.state === "NOT_STARTED").length;
  return (
    <Chart
      title="Actions mises à jour par territoire"
      summary={`${formatInteger(submitted)} bilan${submitted > 1 ? "s" : ""} transmis ou accepté${submitted > 1 ? "s" : ""} sur ${formatInteger(rows.length)} ; ${formatInteger(notStarted)} territoire${notStarted > 1 ? "s" : ""} sans aucune mise à jour.`}
      definition="Une action est à jour quand elle a un point d'avancement daté dans la période de la campagne. Un bilan transmis compte tel qu'il a été transmis."
      kind="stackedBar"
      headingLevel="h2"
      xKey="territory"
      xLabel="Territoire"
      yLabel="Actions"
      valueFormat="integer"
      series={series}
      data={rows.map((row) => ({
        territory: row.territoryName,
        updated: row.updatedCount,
        missing: row.concernedCount - row.updatedCount,
      }))}
      table={{
        caption: "Actions mises à jour par territoire",
        columns: ["Territoire", "État du bilan", "Actions mises à jour"],
        rows: rows.map((row) => ({
          header: row.territoryName,
          cells: [completionStateLabels[row.state], updatedShareText(row)],
        })),
      }}
      empty={
        rows.length === 0 ? { message: "Aucun territoire de cette campagne n'est dans votre périmètre." } : undefined
      }
    />
  );
}
