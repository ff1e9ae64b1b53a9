import type { HistoryEntry } from "@/lib/actions/history";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatDateTime, formatPercent } from "@/lib/format";

function ProgressSummary({ update }: { update: NonNullable<HistoryEntry["progressUpdate"]> }) {
  return (
    <p className="fr-mb-1w">
      Point du {formatDate(dayToDate(update.date))} : {formatPercent(update.progress)}, {update.statusLabel}
      {update.comment && <> — « {update.comment} »</>}
    </p>
  );
}

/** The audit trail of one action: who changed what, when, with the values before and after. */
export function ActionHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p>Aucun événement enregistré.</p>;
  return (
    <ol className="fr-raw-list">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className="fr-pb-2w fr-mb-2w"
          style={{ borderBottom: "1px solid var(--border-default-grey)" }}
        >
          <p className="fr-mb-1w">
            <span className="fr-text--bold">{entry.operationLabel}</span> — le{" "}
            <time dateTime={entry.occurredAt.toISOString()}>{formatDateTime(entry.occurredAt)}</time>
            {entry.actorName && <> par {entry.actorName}</>}
          </p>
          {entry.progressUpdate && <ProgressSummary update={entry.progressUpdate} />}
          {entry.changes.length > 0 && (
            <ul className="fr-text--sm fr-mb-0">
              {entry.changes.map((change) => (
                <li key={change.field}>
                  {change.label} : {change.before} <span aria-hidden="true">→</span>
                  <span className="fr-sr-only">devient</span> {change.after}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
