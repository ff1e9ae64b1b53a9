import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgendaList } from "@/components/meetings/agenda-list";
import { AnswerForm } from "@/components/meetings/answer-form";
import { ConvocationPanel } from "@/components/meetings/convocation-panel";
import { MinutesPanel } from "@/components/meetings/minutes-panel";
import { PresenceForm } from "@/components/meetings/presence-form";
import { listActionReferenceData } from "@/lib/actions/queries";
import { ParticipantList } from "@/components/meetings/participant-list";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getMinutes } from "@/lib/meetings/minutes";
import { getMeeting } from "@/lib/meetings/queries";
import { meetingKindLabels } from "@/lib/meetings/schemas";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const { slug, id } = await params;
  const meeting = await getMeeting(user, slug, id);
  return {
    title: meeting
      ? `${meetingKindLabels[meeting.kind]} du ${formatDateTime(meeting.startsAt)} - ${meeting.territory.name}`
      : "Séance introuvable",
  };
}

export default async function MeetingPage({ params }: Props) {
  const user = await requireSessionUser();
  const { slug, id } = await params;
  const meeting = await getMeeting(user, slug, id);
  if (!meeting) notFound();
  const { territory } = meeting;
  const [reference, minutes] = await Promise.all([listActionReferenceData(), getMinutes(meeting.id)]);
  // Once the binôme has validated the relevé, the séance is what it records: nothing changes any more.
  const locked = minutes?.status === "locked";
  const prepares = !locked && can(user, "meeting.prepare", territory.target);
  const records = !locked && can(user, "meeting.record", territory.target);
  const me =
    !locked && can(user, "meeting.answer", territory.target)
      ? meeting.participants.find((participant) => participant.id === user.id)
      : undefined;
  const title = `${meetingKindLabels[meeting.kind]} du ${formatDateTime(meeting.startsAt)}`;
  const meetingPath = `/territoires/${territory.slug}/seances/${meeting.id}`;
  return (
    <>
      <PageBreadcrumb
        currentPageLabel={title}
        segments={[
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          { label: "Séances", linkProps: { href: `/territoires/${territory.slug}/seances` } },
        ]}
      />
      <h1>{title}</h1>
      <p>Territoire d&apos;industrie {territory.name}</p>
      <ul>
        {meeting.place && <li>Lieu : {meeting.place}</li>}
        {meeting.videoUrl && (
          <li>
            Visioconférence :{" "}
            <a href={meeting.videoUrl} target="_blank" rel="noopener noreferrer">
              {meeting.videoUrl}
              <span className="fr-sr-only"> (nouvelle fenêtre)</span>
            </a>
          </li>
        )}
        {meeting.organiserName && <li>Organisée par {meeting.organiserName}</li>}
      </ul>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-file-text-line" href={`${meetingPath}/convocation`}>
            Convocation et ordre du jour
          </Link>
        </li>
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${meetingPath}/convocation/pdf`} download>
            Télécharger la convocation (PDF)
          </a>
        </li>
      </ul>
      {prepares && (
        <ConvocationPanel
          meetingId={meeting.id}
          version={meeting.version}
          convokedAt={meeting.convokedAt}
          participantCount={meeting.participantCount}
        />
      )}
      {me && <AnswerForm meetingId={meeting.id} response={me.response} representedBy={me.representedBy} />}
      <h2>Ordre du jour</h2>
      <AgendaList
        meetingId={meeting.id}
        version={meeting.version}
        territorySlug={territory.slug}
        points={meeting.agenda}
        editable={prepares}
        recording={
          records
            ? {
                statuses: reference.statuses,
                people: meeting.participants.map((person) => ({ id: person.id, name: person.name })),
              }
            : null
        }
      />
      <h2 className="fr-mt-6w">Participants</h2>
      <ParticipantList participants={meeting.participants} />
      {records && <PresenceForm meetingId={meeting.id} version={meeting.version} participants={meeting.participants} />}
      <MinutesPanel
        user={user}
        target={territory.target}
        meetingId={meeting.id}
        meetingVersion={meeting.version}
        minutesPath={`${meetingPath}/releve`}
        minutes={minutes}
      />
    </>
  );
}
