import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportActionsTable } from "@/components/campaigns/report-actions-table";
import { RulingForms, SubmitReportForm } from "@/components/campaigns/report-forms";
import { ReportStateAlert } from "@/components/campaigns/report-state-alert";
import { ReportStateBadge } from "@/components/campaigns/report-state-badge";
import { SnapshotView } from "@/components/campaigns/snapshot-view";
import { updatedShareText } from "@/components/campaigns/completion-table";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { can } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { getCampaignReport } from "@/lib/campaigns/queries";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";

type Props = { params: Promise<{ id: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const { id, slug } = await params;
  const report = await getCampaignReport(user, id, slug);
  return {
    title: report ? `Bilan du territoire ${report.territory.name} - ${report.campaign.name}` : "Bilan introuvable",
  };
}

export default async function CampaignReportPage({ params }: Props) {
  const user = await requireSessionUser();
  const { id, slug } = await params;
  const report = await getCampaignReport(user, id, slug);
  if (!report) notFound();
  const { campaign, territory, completion, actions, submissions } = report;
  const latest = submissions[0];
  const open = completion.state !== "SUBMITTED" && completion.state !== "ACCEPTED";
  const canSubmit = open && can(user, "campaign.submit", territory.target);
  const awaitingRuling = completion.state === "SUBMITTED" && latest && latest.ruling === null;
  const returned = completion.state === "RETURNED" ? latest : undefined;
  return (
    <>
      <PageBreadcrumb
        currentPageLabel={territory.name}
        segments={[
          { label: "Campagnes de suivi", linkProps: { href: "/campagnes" } },
          { label: campaign.name, linkProps: { href: `/campagnes/${campaign.id}` } },
        ]}
      />
      <h1>
        Bilan du territoire {territory.name} <span className="fr-text--lead fr-block">{campaign.name}</span>
      </h1>
      <ReportStateBadge state={completion.state} />
      <ul className="fr-mt-2w">
        <li>
          Période : du {formatDate(dayToDate(completion.periodStart))} au {formatDate(dayToDate(campaign.asOf))}
        </li>
        <li>Échéance : {formatDate(dayToDate(campaign.deadline))}</li>
        <li>Actions mises à jour dans la période : {updatedShareText(completion)}</li>
      </ul>

      {completion.state === "SUBMITTED" && (
        <ReportStateAlert key={completion.state} severity="info">
          <h2 className="fr-alert__title">Bilan transmis, en attente de l&apos;avis de la Région ou de l&apos;État</h2>
          <p>
            Les chiffres transmis sont figés ; l&apos;avis peut renvoyer le bilan pour compléments ou l&apos;accepter.
          </p>
        </ReportStateAlert>
      )}
      {completion.state === "ACCEPTED" && (
        <ReportStateAlert key={completion.state} severity="success">
          <h2 className="fr-alert__title">Bilan accepté</h2>
          <p>
            {latest?.ruledByName ?? "La Région ou l'État"} a accepté le bilan
            {latest?.ruledAt ? ` le ${formatDateTime(latest.ruledAt)}` : ""}.
          </p>
        </ReportStateAlert>
      )}
      {returned && (
        <ReportStateAlert key={completion.state} severity="warning">
          <h2 className="fr-alert__title">Bilan renvoyé pour compléments</h2>
          <p>
            {returned.ruledByName ?? "La Région ou l'État"}
            {returned.ruledAt ? `, le ${formatDateTime(returned.ruledAt)}` : ""} : « {returned.rulingComment} »
          </p>
        </ReportStateAlert>
      )}

      {open && (
        <section aria-labelledby="actions-titre">
          <h2 id="actions-titre">Actions à mettre à jour</h2>
          <p>
            Ajoutez un point d&apos;avancement daté dans la période à chaque action depuis sa fiche. Le bilan décrit le
            plan d&apos;action tel qu&apos;il était le {formatDate(dayToDate(campaign.asOf))}.
          </p>
          {actions.length === 0 ? (
            <p>Aucune action en cours dans ce territoire.</p>
          ) : (
            <ReportActionsTable actions={actions} territorySlug={territory.slug} />
          )}
          {canSubmit && (
            <div className="fr-mt-4w">
              <h2>Transmettre le bilan</h2>
              <p>
                Les chiffres et les actions du territoire au {formatDate(dayToDate(campaign.asOf))} sont figés à la
                transmission : les modifications ultérieures du plan ne changent pas le bilan transmis.
              </p>
              <SubmitReportForm reportId={completion.reportId} version={completion.version} />
            </div>
          )}
        </section>
      )}

      {awaitingRuling && campaign.isManager && (
        <section aria-labelledby="avis-titre" className="fr-mb-4w">
          <h2 id="avis-titre">Votre avis sur le bilan</h2>
          <RulingForms submissionId={latest.id} />
        </section>
      )}

      {latest && (
        <section aria-labelledby="transmis-titre">
          <h2 id="transmis-titre">{open ? "Dernier bilan transmis" : "Chiffres transmis"}</h2>
          <p>
            Transmis le {formatDateTime(latest.submittedAt)} par {latest.submittedByName ?? "un compte supprimé"}.
          </p>
          <SnapshotView snapshot={latest.snapshot} heading="Bilan transmis" />
        </section>
      )}

      {submissions.length > 1 && (
        <section aria-labelledby="historique-titre">
          <h2 id="historique-titre">Historique des transmissions</h2>
          <ol>
            {submissions.map((submission) => (
              <li key={submission.id}>
                Transmis le {formatDateTime(submission.submittedAt)} par{" "}
                {submission.submittedByName ?? "un compte supprimé"}
                {submission.ruling === "RETURNED" && ` ; renvoyé pour compléments : « ${submission.rulingComment} »`}
                {submission.ruling === "ACCEPTED" && " ; accepté"}
                {submission.ruling === null && " ; en attente d'avis"}
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="fr-mt-4w">
        <Link href={`/territoires/${territory.slug}`}>Tableau de bord de {territory.name}</Link>
      </p>
    </>
  );
}
