import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MinutesDocument } from "@/components/meetings/minutes-document";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import "@/components/dashboard/report-print.css";
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
  const meetingPath = `/territoires/${meeting.territory.slug}/seances/${meeting.id}`;
  return (
    <div className="ti-report">
      <div className="ti-no-print">
        <PageBreadcrumb
          currentPageLabel="Relevé de décisions"
          segments={[
            { label: meeting.territory.name, linkProps: { href: `/territoires/${meeting.territory.slug}` } },
            { label: "Séances", linkProps: { href: `/territoires/${meeting.territory.slug}/seances` } },
            {
              label: `${meetingKindLabels[meeting.kind]} du ${formatDateTime(meeting.startsAt)}`,
              linkProps: { href: meetingPath },
            },
          ]}
        />
      </div>
      {minutes ? (
        <>
          <div className="ti-no-print fr-mb-4w">
            <a className="fr-btn fr-btn--icon-left fr-icon-download-line" href={`${meetingPath}/releve/pdf`} download>
              Télécharger en PDF
            </a>
          </div>
          <MinutesDocument minutes={minutes} />
        </>
      ) : (
        <>
          <h1>Relevé de décisions</h1>
          <p>Le relevé de cette séance n&apos;est pas encore établi.</p>
        </>
      )}
    </div>
  );
}
