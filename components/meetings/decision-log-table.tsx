import Link from "next/link";
import type { DecisionLogEntry } from "@/lib/meetings/decision-log";
import { decisionKindLabels, meetingKindLabels } from "@/lib/meetings/schemas";
import { dayToDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { DecisionFollowUp } from "./decision-follow-up";

/** The relevé de décisions as a table: séance, point, decision, who follows it up, by when, where it stands. */
export function DecisionLogTable({ entries, territorySlug }: { entries: DecisionLogEntry[]; territorySlug: string }) {
  const base = `/territoires/${territorySlug}`;
  return (
    <DataTable caption="Suivi des décisions" hideCaption>
      <thead>
        <tr>
          <th scope="col">Séance</th>
          <th scope="col">Point ou action</th>
          <th scope="col">Type</th>
          <th scope="col">Décision</th>
          <th scope="col">Responsable</th>
          <th scope="col">Échéance</th>
          <th scope="col">État et suivi</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
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
            <td>{decisionKindLabels[entry.kind]}</td>
            <th scope="row" className="fr-text--regular">
              {entry.text}
              {entry.appliedStatusLabel && <> (statut donné : {entry.appliedStatusLabel})</>}
            </th>
            <td>{entry.responsibleName ?? "—"}</td>
            <td>{entry.dueDate ? formatDate(dayToDate(entry.dueDate)) : "—"}</td>
            <td>
              <DecisionFollowUp decision={entry} mayClose={entry.mayClose} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
