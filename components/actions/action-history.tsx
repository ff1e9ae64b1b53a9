import type { HistoryEntry, RecordedPoint } from "@/lib/actions/history/queries";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatDateTime, formatPercent } from "@/lib/format";

function PointText({ point, capitalized = false }: { point: RecordedPoint; capitalized?: boolean }) {
  return (
    <>
      {capitalized ? "Point" : "point"} du {formatDate(dayToDate(point.date))} : {formatPercent(point.progress)},{" "}
      {point.statusLabel}
      {point.comment && <> — « {point.comment} »</>}
    </>
  );
}

function ProgressSummary({ entry }: { entry: HistoryEntry }) {
  const { progressUpdate: point, previousProgressUpdate: previous } = entry;
  if (previous && point) {
    return (
      <p className="fr-mb-1w">
        Avant : <PointText point={previous} />. Après : <PointText point={point} />.
      </p>
    );
  }
  if (previous) {
    return (
      <p className="fr-mb-1w">
        Retiré : <PointText point={previous} />.
      </p>
    );
  }
  if (!point) return null;
  return (
    <p className="fr-mb-1w">
      <PointText point={point} capitalized />
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
          <ProgressSummary entry={entry} />
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
