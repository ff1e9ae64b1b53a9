import Link from "next/link";
import type { DecisionLogEntry } from "@/lib/meetings/decision-log";
import { decisionKindLabels, meetingKindLabels } from "@/lib/meetings/schemas";
import { dayToDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { DecisionFollowUp } from "./decision-follow-up";

/** The decision log as a table: the decision, by when, who follows it up, where it stands, its séance and point. */
export function DecisionLogTable({ entries, territorySlug }: { entries: DecisionLogEntry[]; territorySlug: string }) {
  const base = `/territoires/${territorySlug}`;
  return (
    <DataTable caption="Suivi des décisions" hideCaption>
      <thead>
        <tr>
          <th scope="col">Décision</th>
          <th scope="col">Échéance</th>
          <th scope="col">Responsable</th>
          <th scope="col">État et suivi</th>
          <th scope="col">Séance</th>
          <th scope="col">Point ou action</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row" className="fr-text--regular">
              <strong>{decisionKindLabels[entry.kind]}</strong> : {entry.text}
              {entry.appliedStatusLabel && <> (statut donné : {entry.appliedStatusLabel})</>}
            </th>
            <td>{entry.dueDate ? formatDate(dayToDate(entry.dueDate)) : "—"}</td>
            <td>{entry.responsibleName ?? "—"}</td>
            <td>
              <DecisionFollowUp decision={entry} mayClose={entry.mayClose} />
            </td>
            <td>
              <Link href={`${base}/seances/${entry.meeting.id}`}>
                {meetingKindLabels[entry.meeting.kind]} du {formatDate(entry.meeting.startsAt)}
              </Link>
            </td>
            <td>
              {entry.action ? (
                <Link href={`${base}/actions/${entry.action.id}`}>{entry.action.title}</Link>
              ) : (
                entry.pointTitle
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
