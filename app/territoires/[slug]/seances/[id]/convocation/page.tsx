import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConvocationDocument } from "@/components/meetings/convocation-document";
import { MeetingDocumentPage } from "@/components/meetings/meeting-document-page";
import { requireSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getMeeting } from "@/lib/meetings/queries";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const { slug, id } = await params;
  const meeting = await getMeeting(user, slug, id);
  return {
    title: meeting
      ? `Convocation du ${formatDateTime(meeting.startsAt)} - ${meeting.territory.name}`
      : "Séance introuvable",
  };
}

/** The convocation with its ordre du jour; the PDF (…/convocation/pdf) is this page printed by the server. */
export default async function ConvocationPage({ params }: Props) {
  const user = await requireSessionUser();
  const { slug, id } = await params;
  const meeting = await getMeeting(user, slug, id);
  if (!meeting) notFound();
  return (
    <MeetingDocumentPage
      meeting={meeting}
      label="Convocation"
      pdfPath={`/territoires/${meeting.territory.slug}/seances/${meeting.id}/convocation/pdf`}
    >
      <ConvocationDocument meeting={meeting} />
    </MeetingDocumentPage>
  );
}
