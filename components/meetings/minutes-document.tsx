import type { College } from "@/lib/auth/permissions";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatDateTime, formatPercent } from "@/lib/format";
import type { MinutesView } from "@/lib/meetings/minutes";
import { decisionKindLabels, meetingKindLabels, participantResponseLabels } from "@/lib/meetings/schemas";
import { collegeLabels } from "@/lib/users/schemas";

const institutionLabels: Record<string, string> = { REGION: "Région", ETAT: "État" };

function presenceOf(person: MinutesView["content"]["participants"][number]): string {
  if (person.attended === true) return "présent·e";
  if (person.response === "REPRESENTE") return `représenté·e par ${person.representedBy}`;
  if (person.attended === false) return person.response === "EXCUSE" ? "excusé·e" : "absent·e";
  // Presence not taken at the séance: what the person had answered, said as such.
  if (person.response === "PRESENT") return "présence annoncée (non relevée)";
  return person.response ? participantResponseLabels[person.response].toLowerCase() : "sans réponse";
}

/**
 * The relevé de décisions as compiled (a snapshot: later edits of the séance or of the actions do
 * not change it), with the binôme's validations, the avis, and the rectificatifs after it.
 */
export function MinutesDocument({ minutes }: { minutes: MinutesView }) {
  const { content } = minutes;
  const colleges = [...new Set(content.participants.map((person) => person.college))] as College[];
  return (
    <article>
      <h1>
        Relevé de décisions — {meetingKindLabels[content.kind]} du {formatDateTime(new Date(content.startsAt))}
      </h1>
      <p>
        Territoire d&apos;industrie {content.territoryName}
        {content.place && <> · {content.place}</>}
        {content.videoUrl && <> · en visioconférence</>}
        {content.organiserName && <> · organisée par {content.organiserName}</>}
      </p>
      <p className="fr-text--sm">
        {minutes.status === "locked"
          ? `Validé par le binôme ; verrouillé le ${formatDateTime(minutes.lockedAt!)}.`
          : "Projet de relevé : en attente de validation par le binôme."}{" "}
        Établi le {formatDateTime(minutes.compiledAt)}
        {minutes.compiledByName && ` par ${minutes.compiledByName}`}.
      </p>

      <h2>Participants</h2>
      {colleges.map((college) => (
        <section key={college}>
          <h3 className="fr-h6">{collegeLabels[college]}</h3>
          <ul>
            {content.participants
              .filter((person) => person.college === college)
              .map((person) => (
                <li key={person.id}>
                  {person.name}
                  {person.isBinome && " (binôme)"}, {person.organisation} — {presenceOf(person)}
                </li>
              ))}
          </ul>
        </section>
      ))}

      <h2>Points examinés et décisions</h2>
      {content.points.length === 0 ? (
        <p>Aucun point à l&apos;ordre du jour.</p>
      ) : (
        <ol>
          {content.points.map((point, index) => (
            <li key={index} className="fr-mb-3w">
              <h3 className="fr-h6 fr-mb-1v">{point.title}</h3>
              <p className="fr-text--xs fr-mb-1v">{point.reasonLabel}</p>
              {point.action && (
                <p className="fr-text--sm fr-mb-1v">
                  État de l&apos;action à la séance : {point.action.statusLabel}
                  {point.action.isLate && " (en retard)"}, avancement {formatPercent(point.action.progress)}
                  {point.action.plannedEndDate &&
                    `, fin prévue le ${formatDate(dayToDate(point.action.plannedEndDate))}`}
                  {point.action.lastPointDate
                    ? `, dernier point le ${formatDate(dayToDate(point.action.lastPointDate))}`
                    : ", aucun point d'avancement"}
                  .
                </p>
              )}
              {point.summary && <p className="fr-mb-1v">Synthèse : {point.summary}</p>}
              {point.decisions.length === 0 ? (
                <p className="fr-text--sm">Pas de décision.</p>
              ) : (
                <ul>
                  {point.decisions.map((decision) => (
                    <li key={decision.id}>
                      <strong>Décision ({decisionKindLabels[decision.kind]})</strong> : {decision.text}
                      {decision.responsibleName && <> · responsable : {decision.responsibleName}</>}
                      {decision.dueDate && <> · échéance : {formatDate(dayToDate(decision.dueDate))}</>}
                      {decision.appliedStatusLabel && <> · statut de l&apos;action : {decision.appliedStatusLabel}</>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}

      <h2>Validation par le binôme</h2>
      <ul>
        <li>
          Élu·e :{" "}
          {minutes.eluValidation
            ? `${minutes.eluValidation.name}, le ${formatDateTime(minutes.eluValidation.at)}`
            : "en attente"}
        </li>
        <li>
          Industriel·le :{" "}
          {minutes.industrielValidation
            ? `${minutes.industrielValidation.name}, le ${formatDateTime(minutes.industrielValidation.at)}`
            : "en attente"}
        </li>
      </ul>

      <h2>Avis de la Région et de l&apos;État</h2>
      {minutes.reviews.length === 0 ? (
        <p>Aucun avis.</p>
      ) : (
        <ul>
          {minutes.reviews.map((review) => (
            <li key={review.id}>
              <strong>{institutionLabels[review.institution] ?? review.institution}</strong> ({review.authorName}, le{" "}
              {formatDateTime(review.createdAt)}) : {review.text}
            </li>
          ))}
        </ul>
      )}

      {minutes.amendments.length > 0 && (
        <>
          <h2>Rectificatifs</h2>
          <ul>
            {minutes.amendments.map((amendment) => (
              <li key={amendment.id}>
                Le {formatDateTime(amendment.createdAt)}, {amendment.authorName} : {amendment.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
