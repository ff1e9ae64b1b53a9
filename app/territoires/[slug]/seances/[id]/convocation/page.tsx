import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConvocationDocument } from "@/components/meetings/convocation-document";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import "@/components/dashboard/report-print.css";
import { requireSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getMeeting } from "@/lib/meetings/queries";
import { meetingKindLabels } from "@/lib/meetings/schemas";

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
  const meetingPath = `/territoires/${meeting.territory.slug}/seances/${meeting.id}`;
  return (
    <div className="ti-report">
      <div className="ti-no-print">
        <PageBreadcrumb
          currentPageLabel="Convocation"
          segments={[
            { label: meeting.territory.name, linkProps: { href: `/territoires/${meeting.territory.slug}` } },
            { label: "Séances", linkProps: { href: `/territoires/${meeting.territory.slug}/seances` } },
            {
              label: `${meetingKindLabels[meeting.kind]} du ${formatDateTime(meeting.startsAt)}`,
              linkProps: { href: meetingPath },
            },
          ]}
        />
        <div className="fr-mb-4w">
          <a
            className="fr-btn fr-btn--icon-left fr-icon-download-line"
            href={`${meetingPath}/convocation/pdf`}
            download
          >
            Télécharger en PDF
          </a>
        </div>
      </div>
      <ConvocationDocument meeting={meeting} />
    </div>
  );
}
