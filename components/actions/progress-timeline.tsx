import type { ActionDetailView } from "@/lib/actions/view";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatPercent } from "@/lib/format";
import { PointActions } from "./point-actions";
import { StatusBadge } from "./status-badge";

type Correction = { actionId: string; version: number; statuses: { code: string; label: string }[] };

/**
 * The points d'avancement, newest first (the order getAction returns them in); with `correction`,
 * each can be corrected or withdrawn by whoever may record progress.
 */
export function ProgressTimeline({
  updates,
  correction,
}: {
  updates: ActionDetailView["progressUpdates"];
  correction?: Correction;
}) {
  if (updates.length === 0) return <p>Aucun point d&apos;avancement enregistré pour le moment.</p>;
  return (
    <ol className="fr-raw-list">
      {updates.map((update) => (
        <li
          key={update.id}
          className="fr-pl-3w fr-pb-3w"
          style={{ borderLeft: "2px solid var(--border-default-blue-france)" }}
        >
          <h3 className="fr-h6 fr-mb-1w">Point du {formatDate(dayToDate(update.date))}</h3>
          <p className="fr-mb-1w">
            Avancement : {formatPercent(update.progress)} · Statut :{" "}
            <StatusBadge code={update.statusCode} label={update.statusLabel} />
          </p>
          {update.comment && (
            <p className="fr-mb-1w" style={{ whiteSpace: "pre-line" }}>
              {update.comment}
            </p>
          )}
          {update.authorName && <p className="fr-text--sm fr-mb-0">Saisi par {update.authorName}</p>}
          {correction && (
            <PointActions
              actionId={correction.actionId}
              version={correction.version}
              statuses={correction.statuses}
              pointId={update.id}
              canWithdraw={updates.length > 1}
              values={{
                date: update.date,
                progress: String(update.progress),
                statusCode: update.statusCode,
                comment: update.comment,
              }}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
