import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpenCampaignForm } from "@/components/campaigns/open-campaign-form";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { canAtAll } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listCampaignTerritories } from "@/lib/campaigns/queries";
import { addDays, todayInFrance } from "@/lib/dates";

export const metadata: Metadata = { title: "Ouvrir une campagne de suivi" };

export default async function NewCampaignPage() {
  const user = await requireSessionUser();
  if (!canAtAll(user, "campaign.manage")) notFound();
  const territories = await listCampaignTerritories(user);
  const today = todayInFrance();
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Ouvrir une campagne"
        segments={[{ label: "Campagnes de suivi", linkProps: { href: "/campagnes" } }]}
      />
      <h1>Ouvrir une campagne de suivi</h1>
      <p>
        Chaque territoire concerné voit la campagne, met à jour ses actions puis transmet son bilan. Une action compte
        comme mise à jour quand elle a un point d&apos;avancement daté entre la date d&apos;arrêté de la campagne
        précédente du territoire (ou l&apos;ouverture de celle-ci) et la date d&apos;arrêté.
      </p>
      {territories.length === 0 ? (
        <p>Aucun territoire de votre région ne peut être concerné.</p>
      ) : (
        <OpenCampaignForm
          territories={territories}
          defaultAsOf={addDays(today, 30)}
          defaultDeadline={addDays(today, 45)}
        />
      )}
    </>
  );
}
