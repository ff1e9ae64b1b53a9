import type { ReactNode } from "react";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import "@/components/dashboard/report-print.css";
import { formatDateTime } from "@/lib/format";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { meetingKindLabels } from "@/lib/meetings/schemas";

/**
 * A séance's printable document (convocation, relevé): the breadcrumb and the PDF button on screen
 * only, the document itself laid out for print like the committee report.
 */
export function MeetingDocumentPage({
  meeting,
  label,
  pdfPath,
  children,
}: {
  meeting: MeetingDetail;
  label: string;
  /** The document's PDF, or null when there is none to print yet. */
  pdfPath: string | null;
  children: ReactNode;
}) {
  const territoryPath = `/territoires/${meeting.territory.slug}`;
  return (
    <div className="ti-report">
      <div className="ti-no-print">
        <PageBreadcrumb
          currentPageLabel={label}
          segments={[
            { label: meeting.territory.name, linkProps: { href: territoryPath } },
            { label: "Séances", linkProps: { href: `${territoryPath}/seances` } },
            {
              label: `${meetingKindLabels[meeting.kind]} du ${formatDateTime(meeting.startsAt)}`,
              linkProps: { href: `${territoryPath}/seances/${meeting.id}` },
            },
          ]}
        />
        {pdfPath && (
          <div className="fr-mb-4w">
            <a className="fr-btn fr-btn--icon-left fr-icon-download-line" href={pdfPath} download>
              Télécharger en PDF
            </a>
          </div>
        )}
      </div>
      {children}
    </div>
  );
}
