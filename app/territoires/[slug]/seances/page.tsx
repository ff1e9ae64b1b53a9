import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingTable } from "@/components/meetings/meeting-table";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listMeetings } from "@/lib/meetings/queries";
import { findTerritoryAccess } from "@/lib/territories/access";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Séances - ${territory.name}` : "Territoire introuvable" };
}

export default async function MeetingsPage({ params }: Props) {
  const user = await requireSessionUser();
  const meetings = await listMeetings(user, (await params).slug);
  if (!meetings) notFound();
  const { territory, upcoming, past } = meetings;
  const base = `/territoires/${territory.slug}/seances`;
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Séances"
        segments={[{ label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } }]}
      />
      <h1>Séances du comité</h1>
      <p>Territoire d&apos;industrie {territory.name}</p>
      <p>
        <Link href={`/territoires/${territory.slug}/decisions`}>Suivi des décisions</Link>
      </p>
      {can(user, "meeting.prepare", territory.target) && (
        <p>
          <Link className="fr-btn fr-btn--icon-left fr-icon-calendar-line" href={`${base}/nouvelle`}>
            Planifier une séance
          </Link>
        </p>
      )}
      <h2>Séances à venir</h2>
      <MeetingTable caption="Séances à venir" meetings={upcoming} base={base} empty="Aucune séance planifiée." />
      <h2>Séances passées</h2>
      <MeetingTable caption="Séances passées" meetings={past} base={base} empty="Aucune séance passée." />
    </>
  );
}
