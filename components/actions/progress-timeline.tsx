import type { ActionDetail } from "@/lib/actions/queries";
import { formatDate, formatPercent } from "@/lib/format";
import { StatusBadge } from "./status-badge";

/** The points d'avancement, newest first (the order getAction returns them in). */
export function ProgressTimeline({ updates }: { updates: ActionDetail["progressUpdates"] }) {
  if (updates.length === 0) return <p>Aucun point d&apos;avancement enregistré pour le moment.</p>;
  return (
    <ol className="fr-raw-list">
      {updates.map((update) => (
        <li
          key={update.id}
          className="fr-pl-3w fr-pb-3w"
          style={{ borderLeft: "2px solid var(--border-default-blue-france)" }}
        >
          <h3 className="fr-h6 fr-mb-1w">Point du {formatDate(update.date)}</h3>
          <p className="fr-mb-1w">
            Avancement : {formatPercent(update.progress)} · Statut :{" "}
            <StatusBadge code={update.statusCode} label={update.status.label} />
          </p>
          {update.comment && (
            <p className="fr-mb-1w" style={{ whiteSpace: "pre-line" }}>
              {update.comment}
            </p>
          )}
          {update.author && <p className="fr-text--sm fr-mb-0">Saisi par {update.author.name}</p>}
        </li>
      ))}
    </ol>
  );
}
