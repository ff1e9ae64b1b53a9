import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionHistory } from "@/components/actions/action-history";
import { ActionDecisions } from "@/components/meetings/action-decisions";
import { DiscussionFlagPanel } from "@/components/meetings/discussion-flag-panel";
import { findDiscussionFlag } from "@/lib/meetings/flag-queries";
import { listActionDecisions } from "@/lib/meetings/queries";
import { ActionSummary } from "@/components/actions/action-summary";
import { ArchiveActionButton } from "@/components/actions/archive-action-button";
import { FundingTable } from "@/components/actions/funding-table";
import { IndicatorTable } from "@/components/actions/indicator-table";
import { InstitutionFundingForm } from "@/components/actions/institution-funding-form";
import { ProgressForm } from "@/components/actions/progress-form";
import { ProgressTimeline } from "@/components/actions/progress-timeline";
import { StatusBadges } from "@/components/actions/status-badge";
import { listActionHistoryEntries } from "@/lib/actions/history/queries";
import { getAction, listActionReferenceData } from "@/lib/actions/queries";
import { findTerritoryAccess } from "@/lib/territories/access";
import { can, institutionFunder } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";

type Props = { params: Promise<{ slug: string; id: string }> };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The action and its territory, both in the user's scope, and agreeing with the URL; else null. */
const loadAction = cache(async (slug: string, id: string) => {
  // A malformed id would make PostgreSQL reject the uuid comparison: it is simply not found.
  if (!uuidPattern.test(id)) return null;
  const user = await requireSessionUser();
  const [territory, action] = await Promise.all([findTerritoryAccess(user, slug), getAction(user, id)]);
  if (!territory || !action || action.territory.id !== territory.id) return null;
  return { user, territory, action };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const loaded = await loadAction(slug, id);
  return { title: loaded ? `${loaded.action.title} - ${loaded.territory.name}` : "Action introuvable" };
}

export default async function ActionPage({ params }: Props) {
  const { slug, id } = await params;
  const loaded = await loadAction(slug, id);
  if (!loaded) notFound();
  const { user, territory, action } = loaded;
  const [history, reference, decisions, discussionFlag] = await Promise.all([
    listActionHistoryEntries(action.id),
    listActionReferenceData(),
    listActionDecisions(user, territory.target, action.id),
    findDiscussionFlag(action.id),
  ]);
  const planHref = `/territoires/${territory.slug}/actions`;
  const actionHref = `${planHref}/${action.id}`;
  const canUpdate = can(user, "action.update", territory.target);
  const canArchive = can(user, "action.archive", territory.target);
  const canRecordProgress = can(user, "progress.record", territory.target);
  // Members edit every funding line through the form; Région and État record their own commitment.
  const institutionFunderCode = institutionFunder[user.college];
  const ownFunder =
    institutionFunderCode && can(user, "funding.record", territory.target)
      ? reference.funders.find((funder) => funder.code === institutionFunderCode)
      : undefined;
  const institutionLine = action.fundingLines.find((line) => line.funderCode === institutionFunderCode) ?? null;
  return (
    <>
      <PageBreadcrumb
        currentPageLabel={action.title}
        segments={[
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          { label: "Plan d'actions", linkProps: { href: planHref } },
        ]}
      />
      <p className="fr-text--sm fr-mb-1w">
        Action du territoire d&apos;industrie {territory.name} · {action.lever.label}
      </p>
      <h1>{action.title}</h1>
      <p>
        <StatusBadges code={action.status.code} label={action.status.label} isLate={action.isLate} />
      </p>
      {(canUpdate || canArchive) && (
        <div className="fr-mb-4w" style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "flex-start" }}>
          {canUpdate && (
            <Button iconId="fr-icon-edit-line" linkProps={{ href: `${actionHref}/modifier` }}>
              Modifier
            </Button>
          )}
          {canArchive && (
            <ArchiveActionButton
              actionId={action.id}
              version={action.version}
              title={action.title}
              planHref={planHref}
            />
          )}
        </div>
      )}

      <ActionSummary action={action} />

      <h2>Description</h2>
      <p style={{ whiteSpace: "pre-line" }}>{action.description || "Aucune description."}</p>
      <h2>Résultats attendus</h2>
      <p style={{ whiteSpace: "pre-line" }}>{action.expectedResults || "Non renseignés."}</p>

      <h2 className="fr-mt-6w">Financements</h2>
      <FundingTable action={action} />
      {ownFunder && (
        <div className="fr-p-3w fr-mt-2w" style={{ border: "1px solid var(--border-default-grey)" }}>
          <h3 className="fr-h5">Engagement de votre institution ({ownFunder.label})</h3>
          <InstitutionFundingForm
            actionId={action.id}
            version={action.version}
            funder={ownFunder}
            current={institutionLine}
          />
        </div>
      )}

      <h2 className="fr-mt-6w">Indicateurs</h2>
      <IndicatorTable action={action} />

      <section aria-labelledby="points-titre" className="fr-mt-6w">
        <h2 id="points-titre">Points d&apos;avancement</h2>
        {canRecordProgress && (
          <div className="fr-p-3w fr-mb-4w" style={{ border: "1px solid var(--border-default-grey)" }}>
            <h3 className="fr-h5">Enregistrer un point d&apos;avancement</h3>
            <ProgressForm
              actionId={action.id}
              version={action.version}
              statuses={reference.statuses}
              mode={{ kind: "record", currentStatusCode: action.status.code, currentProgress: action.progress }}
            />
          </div>
        )}
        <ProgressTimeline
          updates={action.progressUpdates}
          correction={
            canRecordProgress
              ? { actionId: action.id, version: action.version, statuses: reference.statuses }
              : undefined
          }
        />
      </section>

      <section aria-labelledby="decisions-titre" className="fr-mt-6w">
        <h2 id="decisions-titre">Décisions du comité</h2>
        <ActionDecisions decisions={decisions} territorySlug={action.territory.slug} />
      </section>
      <section aria-labelledby="a-discuter-titre" className="fr-mt-6w">
        <h2 id="a-discuter-titre">À discuter en séance</h2>
        <DiscussionFlagPanel actionId={action.id} flag={discussionFlag} canFlag={canRecordProgress} />
      </section>
      <section aria-labelledby="historique-titre" className="fr-mt-6w">
        <h2 id="historique-titre">Historique</h2>
        <ActionHistory entries={history} />
      </section>
    </>
  );
}
