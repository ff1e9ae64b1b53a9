import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanMeetingForm } from "@/components/meetings/plan-meeting-form";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { todayInFrance } from "@/lib/dates";
import { listInvitable } from "@/lib/meetings/participants";
import { findTerritoryAccess } from "@/lib/territories/access";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Planifier une séance - ${territory.name}` : "Territoire introuvable" };
}

export default async function PlanMeetingPage({ params }: Props) {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  if (!territory || !can(user, "meeting.prepare", territory.target)) notFound();
  const people = await listInvitable(territory.id);
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Planifier une séance"
        segments={[
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          { label: "Séances", linkProps: { href: `/territoires/${territory.slug}/seances` } },
        ]}
      />
      <h1>Planifier une séance</h1>
      <p>
        Territoire d&apos;industrie {territory.name}. L&apos;ordre du jour est proposé à partir du plan d&apos;actions
        (décisions des séances précédentes encore en cours, actions en retard ou bloquées, statuts changés depuis la
        dernière séance, actions sans point d&apos;avancement récent, actions signalées « à discuter en séance ») ; vous
        pourrez ensuite le modifier.
      </p>
      <PlanMeetingForm
        territoryId={territory.id}
        territorySlug={territory.slug}
        defaultDay={todayInFrance()}
        people={people}
      />
    </>
  );
}
