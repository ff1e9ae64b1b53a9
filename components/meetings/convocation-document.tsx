import type { College } from "@/lib/auth/permissions";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatDateTime, formatPercent } from "@/lib/format";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { agendaReasonLabels, meetingKindLabels } from "@/lib/meetings/schemas";
import { collegeLabels } from "@/lib/users/schemas";

/** The convocation of a séance as a document: when, where, the ordre du jour, who is convened. */
export function ConvocationDocument({ meeting }: { meeting: MeetingDetail }) {
  const colleges = [...new Set(meeting.participants.map((person) => person.college))] as College[];
  return (
    <article>
      <h1>
        Convocation — {meetingKindLabels[meeting.kind]} du territoire d&apos;industrie {meeting.territory.name}
      </h1>
      <ul>
        <li>Date et heure : {formatDateTime(meeting.startsAt)} (heure de Paris)</li>
        {meeting.place && <li>Lieu : {meeting.place}</li>}
        {meeting.videoUrl && <li>Visioconférence : {meeting.videoUrl}</li>}
        {meeting.organiserName && <li>Organisée par {meeting.organiserName}</li>}
      </ul>

      <h2>Ordre du jour</h2>
      {meeting.agenda.length === 0 ? (
        <p>L&apos;ordre du jour sera communiqué ultérieurement.</p>
      ) : (
        <ol>
          {meeting.agenda.map((point) => (
            <li key={point.id} className="fr-mb-2w">
              <strong>{point.title}</strong>
              {point.reason !== "FREE" && <> — {agendaReasonLabels[point.reason]}</>}
              {point.action && (
                <p className="fr-text--sm fr-mb-0">
                  {point.action.statusLabel}
                  {point.action.isLate && " (en retard)"}, avancement {formatPercent(point.action.progress)}
                  {point.action.plannedEndDate &&
                    `, fin prévue le ${formatDate(dayToDate(point.action.plannedEndDate))}`}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}

      <h2>Personnes convoquées</h2>
      {meeting.participants.length === 0 ? (
        <p>Aucun participant.</p>
      ) : (
        colleges.map((college) => (
          <section key={college}>
            <h3 className="fr-h6">{collegeLabels[college]}</h3>
            <ul>
              {meeting.participants
                .filter((person) => person.college === college)
                .map((person) => (
                  <li key={person.id}>
                    {person.name}
                    {person.isBinome && " (binôme)"}, {person.organisation}
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
      <p className="fr-text--sm">
        Chaque participant·e répond à la convocation depuis la page de la séance dans TI Pilotage : présent·e, excusé·e
        ou représenté·e.
      </p>
    </article>
  );
}
