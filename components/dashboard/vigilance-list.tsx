import Link from "next/link";
import { formatDay, vigilanceReason } from "@/components/dashboard/labels";
import { formatDate, formatPercent } from "@/lib/format";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { OverdueDecisionItem, VigilanceItem } from "@/lib/dashboard/types";

type Props = {
  slug: string;
  items: VigilanceItem[];
  /** Actions late or blocked in all (the list may hold only the first ones). */
  itemCount: number;
  /**
   * On the dashboard, the most urgent points only, and a link to the committee report, which
   * lists them all: a committee reads the first ones, and fifty on a phone is a long scroll.
   */
  shortList?: { limit: number; reportHref: string };
  overdueDecisions: OverdueDecisionItem[];
  overdueDecisionCount: number;
  asOf: string;
};

/**
 * Late and blocked actions, each with its reason written out and a link to the action; then the
 * decisions of the séances left overdue, linked to their action (or their séance).
 */
export function VigilanceList({
  slug,
  items: allItems,
  itemCount,
  shortList,
  overdueDecisions,
  overdueDecisionCount,
  asOf,
}: Props) {
  const items = shortList ? allItems.slice(0, shortList.limit) : allItems;
  const empty = items.length === 0 && overdueDecisions.length === 0;
  return (
    <section aria-labelledby="vigilance-titre" className="fr-mb-6w ti-vigilance">
      <h2 id="vigilance-titre">Points de vigilance</h2>
      <p className="fr-text--xs ti-definition">{figureDefinitions(asOf).vigilance}</p>
      {empty ? (
        <p>Aucune action en retard ni bloquée, aucune décision en retard.</p>
      ) : (
        <ul className="fr-raw-list">
          {items.map((item) => (
            <li key={item.actionId} className="fr-mb-2w">
              <Link href={`/territoires/${slug}/actions/${item.actionId}`} className="fr-link">
                {item.title}
              </Link>
              <p className="fr-mb-0 fr-text--sm">
                <SmallBadge severity={item.reason === "late" ? "warning" : "error"}>{vigilanceReason(item)}</SmallBadge>
                {item.leverLabel} · statut : {item.statusLabel} · avancement : {formatPercent(item.progress)}
              </p>
            </li>
          ))}
          {overdueDecisions.map((decision) => (
            <li key={decision.decisionId} className="fr-mb-2w">
              <Link
                href={
                  decision.actionId
                    ? `/territoires/${slug}/actions/${decision.actionId}`
                    : `/territoires/${slug}/seances/${decision.meetingId}`
                }
                className="fr-link"
              >
                Décision en retard : {decision.text}
              </Link>
              <p className="fr-mb-0 fr-text--sm">
                <SmallBadge severity="warning">Décision en retard</SmallBadge>
                séance du {formatDate(decision.meetingStartsAt)}, échéance {formatDay(decision.dueDate)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {shortList && itemCount > items.length && (
        <p className="fr-text--sm">
          {items.length} actions affichées sur {itemCount}, les plus en retard d&apos;abord.{" "}
          <Link href={shortList.reportHref} className="fr-link">
            Voir les {itemCount} actions en retard ou bloquées dans le rapport du comité
          </Link>
        </p>
      )}
      {overdueDecisionCount > overdueDecisions.length && (
        <p className="fr-text--sm">
          {overdueDecisions.length} décisions en retard affichées sur {overdueDecisionCount}.
        </p>
      )}
    </section>
  );
}

/**
 * The DSFR's small badge in its own markup: a list of fifty points rendered through react-dsfr's
 * Badge (a hook and an id each) took a third of the dashboard's render time (BENCHMARKS.md).
 */
function SmallBadge({ severity, children }: { severity: "warning" | "error"; children: string }) {
  return <span className={`fr-badge fr-badge--sm fr-badge--${severity} fr-mr-1w`}>{children}</span>;
}
