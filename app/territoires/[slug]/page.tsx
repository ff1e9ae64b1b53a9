import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitteeList } from "@/components/territories/committee-list";
import { TerritoryCard } from "@/components/territories/territory-card";
import { requireSessionUser } from "@/lib/auth/session";
import { findTerritory, listCommittee, listLevers } from "@/lib/territories/queries";

export async function generateMetadata({ params }: PageProps<"/territoires/[slug]">): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritory(user, (await params).slug);
  return { title: territory?.name ?? "Territoire introuvable" };
}

export default async function TerritoryPage({ params }: PageProps<"/territoires/[slug]">) {
  const user = await requireSessionUser();
  const territory = await findTerritory(user, (await params).slug);
  if (!territory) notFound();
  const [levers, committee] = await Promise.all([listLevers(), listCommittee(territory.id)]);
  return (
    <>
      <p className="fr-text--sm fr-mb-1w">Territoire d&apos;industrie</p>
      <h1>{territory.name}</h1>
      <p>
        <Link
          className="fr-btn fr-btn--icon-left fr-icon-list-unordered"
          href={`/territoires/${territory.slug}/actions`}
        >
          Plan d&apos;actions
        </Link>
      </p>
      <CommitteeList members={committee} />
      <h2>Composition</h2>
      <TerritoryCard territory={territory} levers={levers} headingLevel="h3" />
    </>
  );
}
