import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { canAtAll } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/queries";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatInteger } from "@/lib/format";

export const metadata: Metadata = { title: "Campagnes de suivi" };

export default async function CampaignsPage() {
  const user = await requireSessionUser();
  const campaigns = await listCampaigns(user);
  return (
    <>
      <h1>Campagnes de suivi</h1>
      <p>
        La Région ou l&apos;État ouvre une campagne pour recueillir le bilan des territoires à une date donnée. Dans
        chaque territoire, le comité met à jour ses actions, puis un membre du binôme transmet le bilan.
      </p>
      {canAtAll(user, "campaign.manage") && (
        <p>
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/campagnes/nouvelle">
            Ouvrir une campagne
          </Link>
        </p>
      )}
      {campaigns.length === 0 ? (
        <p>Aucune campagne de suivi ne concerne vos territoires pour l&apos;instant.</p>
      ) : (
        <DataTable caption="Campagnes de suivi" hideCaption multiline>
          <thead>
            <tr>
              <th scope="col">Campagne</th>
              <th scope="col">Chiffres arrêtés au</th>
              <th scope="col">Échéance</th>
              <th scope="col">Bilans transmis</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <tr key={campaign.id}>
                <th scope="row">
                  <Link href={`/campagnes/${campaign.id}`}>{campaign.name}</Link>
                  <span className="fr-hint-text">{campaign.regionName}</span>
                </th>
                <td>{formatDate(dayToDate(campaign.asOf))}</td>
                <td>{formatDate(dayToDate(campaign.deadline))}</td>
                <td>
                  {formatInteger(campaign.submittedCount)} sur {formatInteger(campaign.reportCount)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
