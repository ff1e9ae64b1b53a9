import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompletionChart } from "@/components/campaigns/completion-chart";
import { CompletionTable } from "@/components/campaigns/completion-table";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { requireSessionUser } from "@/lib/auth/session";
import { getCampaign } from "@/lib/campaigns/queries";
import { dayToDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const campaign = await getCampaign(user, (await params).id);
  return { title: campaign ? `${campaign.name} - Campagnes de suivi` : "Campagne introuvable" };
}

export default async function CampaignPage({ params }: Props) {
  const user = await requireSessionUser();
  const campaign = await getCampaign(user, (await params).id);
  if (!campaign) notFound();
  const accepted = campaign.rows.filter((row) => row.state === "ACCEPTED").length;
  return (
    <>
      <PageBreadcrumb
        currentPageLabel={campaign.name}
        segments={[{ label: "Campagnes de suivi", linkProps: { href: "/campagnes" } }]}
      />
      <h1>{campaign.name}</h1>
      <ul>
        <li>Chiffres arrêtés au {formatDate(dayToDate(campaign.asOf))}</li>
        <li>Échéance : {formatDate(dayToDate(campaign.deadline))}</li>
        <li>
          Ouverte par {campaign.openedByName ?? "un compte supprimé"} ({campaign.regionName}) le{" "}
          {formatDate(campaign.createdAt)}
        </li>
      </ul>
      <CompletionTable campaignId={campaign.id} rows={campaign.rows} />
      <CompletionChart rows={campaign.rows} />
      {campaign.isManager && (
        <section aria-labelledby="export-titre">
          <h2 id="export-titre" className="fr-h5">
            Exporter les bilans acceptés
          </h2>
          {accepted === 0 ? (
            <p>Aucun bilan n&apos;est encore accepté : l&apos;export sera possible dès le premier.</p>
          ) : (
            <>
              <p>
                Une ligne par action, telle que chaque territoire l&apos;a transmise ({accepted} bilan
                {accepted > 1 ? "s" : ""} accepté{accepted > 1 ? "s" : ""}).
              </p>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
                <li>
                  <Link
                    className="fr-btn fr-btn--tertiary fr-icon-download-line"
                    href={`/campagnes/${campaign.id}/export?layout=flat`}
                    prefetch={false}
                  >
                    Excel (XLSX), une seule feuille
                  </Link>
                </li>
                <li>
                  <Link
                    className="fr-btn fr-btn--tertiary fr-icon-download-line"
                    href={`/campagnes/${campaign.id}/export?layout=territories`}
                    prefetch={false}
                  >
                    Excel (XLSX), une feuille par territoire
                  </Link>
                </li>
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
