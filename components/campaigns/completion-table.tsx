import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { CompletionRow } from "@/lib/campaigns/queries";
import { formatDate, formatInteger, formatPercent } from "@/lib/format";
import { ReportStateBadge } from "./report-state-badge";

/** Share of actions updated, in words: "3 sur 4 (75 %)". */
export function updatedShareText(row: Pick<CompletionRow, "updatedCount" | "concernedCount" | "updatedShare">) {
  if (row.concernedCount === 0) return "Aucune action concernée";
  return `${formatInteger(row.updatedCount)} sur ${formatInteger(row.concernedCount)} (${formatPercent(row.updatedShare ?? 0)})`;
}

/** Completion of a campaign, one row per territory the user reads. */
export function CompletionTable({ campaignId, rows }: { campaignId: string; rows: CompletionRow[] }) {
  return (
    <DataTable caption="Avancement des bilans par territoire" multiline>
      <thead>
        <tr>
          <th scope="col">Territoire</th>
          <th scope="col">État du bilan</th>
          <th scope="col">Actions mises à jour dans la période</th>
          <th scope="col">Dernière transmission</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reportId}>
            <th scope="row">
              <Link href={`/campagnes/${campaignId}/territoires/${row.territorySlug}`}>{row.territoryName}</Link>
            </th>
            <td>
              <ReportStateBadge state={row.state} />
            </td>
            <td>{updatedShareText(row)}</td>
            <td>{row.lastSubmittedAt ? formatDate(row.lastSubmittedAt) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
