import Link from "next/link";
import type { MeetingSummary } from "@/lib/meetings/queries";
import { meetingKindLabels } from "@/lib/meetings/schemas";
import { formatDateTime, formatInteger } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";

type Props = { caption: string; meetings: MeetingSummary[]; base: string; empty: string };

/** Séances as a table: when, which committee, where, how many participants and points. */
export function MeetingTable({ caption, meetings, base, empty }: Props) {
  if (meetings.length === 0) return <p>{empty}</p>;
  return (
    <DataTable caption={caption} hideCaption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Séance</th>
          <th scope="col">Lieu</th>
          <th scope="col">Participants</th>
          <th scope="col">Points à l&apos;ordre du jour</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id}>
            <th scope="row">
              <Link href={`${base}/${meeting.id}`}>{formatDateTime(meeting.startsAt)}</Link>
            </th>
            <td>{meetingKindLabels[meeting.kind]}</td>
            <td>{meeting.place || (meeting.videoUrl ? "Visioconférence" : "—")}</td>
            <td>{formatInteger(meeting.participantCount)}</td>
            <td>{formatInteger(meeting.agendaCount)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
