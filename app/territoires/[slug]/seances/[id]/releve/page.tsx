import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MinutesDocument } from "@/components/meetings/minutes-document";
import { MeetingDocumentPage } from "@/components/meetings/meeting-document-page";
import { requireSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getMinutes } from "@/lib/meetings/minutes";
import { getMeeting } from "@/lib/meetings/queries";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const { slug, id } = await params;
  const meeting = await getMeeting(user, slug, id);
  return {
    title: meeting
      ? `Relevé de décisions du ${formatDateTime(meeting.startsAt)} - ${meeting.territory.name}`
      : "Relevé introuvable",
  };
}

/** The relevé de décisions of a séance, as compiled; the PDF (…/releve/pdf) is this page printed by the server. */
export default async function MinutesPage({ params }: Props) {
  const user = await requireSessionUser();
  const { slug, id } = await params;
  const meeting = await getMeeting(user, slug, id);
  if (!meeting) notFound();
  const minutes = await getMinutes(meeting.id);
  return (
    <MeetingDocumentPage
      meeting={meeting}
      label="Relevé de décisions"
      pdfPath={minutes ? `/territoires/${meeting.territory.slug}/seances/${meeting.id}/releve/pdf` : null}
    >
      {minutes ? (
        <MinutesDocument minutes={minutes} />
      ) : (
        <>
          <h1>Relevé de décisions</h1>
          <p>Le relevé de cette séance n&apos;est pas encore établi.</p>
        </>
      )}
    </MeetingDocumentPage>
  );
}
