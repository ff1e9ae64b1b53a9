import Link from "next/link";
import type { AuditLogEntry } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";

function Changes({ entry }: { entry: AuditLogEntry }) {
  if (entry.changes.length === 0) return <>—</>;
  return (
    <ul className="fr-m-0 fr-pl-2w">
      {entry.changes.map((change) => (
        <li key={change.label}>
          {change.label} : {change.before ? `${change.before} → ${change.after}` : change.after}
        </li>
      ))}
    </ul>
  );
}

export function AuditLogTable({ entries, total }: { entries: AuditLogEntry[]; total: number }) {
  return (
    <DataTable multiline caption={<>Événements du journal ({total}), du plus récent au plus ancien</>}>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Auteur</th>
          <th scope="col">Opération</th>
          <th scope="col">Élément</th>
          <th scope="col">Territoire</th>
          <th scope="col">Détails</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              <time dateTime={entry.occurredAt.toISOString()}>{formatDateTime(entry.occurredAt)}</time>
            </th>
            <td>{entry.actorName ?? "Sans auteur"}</td>
            <td>{entry.operationLabel}</td>
            <td>
              {entry.entityHref ? (
                <Link href={entry.entityHref}>{entry.entityLabel}</Link>
              ) : (
                <>
                  {entry.entityLabel}
                  {entry.entityType === "action" && <span className="fr-hint-text">Action archivée</span>}
                </>
              )}
            </td>
            <td>{entry.territoryName ?? "—"}</td>
            <td>
              <Changes entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
