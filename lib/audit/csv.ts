import { stringify } from "csv-stringify/sync";
import type { AuditLogEntry } from "./queries";

// The journal as a file, in the format of the plan's export (UTF-8 with BOM, ";"), which Excel in
// French opens directly.

const headers = ["Date", "Auteur", "Opération", "Élément", "Territoire", "Détails"];

const dateTime = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "short",
  timeStyle: "medium",
  timeZone: "Europe/Paris",
});

export function exportAuditLogCsv(entries: AuditLogEntry[]): string {
  const rows = entries.map((entry) => [
    dateTime.format(entry.occurredAt),
    entry.actorName ?? "Sans auteur",
    entry.operationLabel,
    entry.entityLabel,
    entry.territoryName ?? "",
    entry.changes
      .map((change) => `${change.label} : ${change.before ? `${change.before} → ${change.after}` : change.after}`)
      .join(" | "),
  ]);
  return stringify([headers, ...rows], { delimiter: ";", bom: true, record_delimiter: "windows" });
}
