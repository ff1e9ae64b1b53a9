import Link from "next/link";
import type { ActionDecision } from "@/lib/meetings/queries";
import { decisionKindLabels, meetingKindLabels } from "@/lib/meetings/schemas";
import { dayToDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { DecisionFollowUp } from "./decision-follow-up";

/** On an action's page: what the committee's séances decided about it, and where each decision stands. */
export function ActionDecisions({ decisions, territorySlug }: { decisions: ActionDecision[]; territorySlug: string }) {
  if (decisions.length === 0) return <p>Aucune décision de séance sur cette action.</p>;
  return (
    <>
      <ul>
        {decisions.map((decision) => (
          <li key={decision.id} className="fr-mb-2w">
            <Link href={`/territoires/${territorySlug}/seances/${decision.meetingId}`}>
              {meetingKindLabels[decision.meetingKind]} du {formatDate(decision.meetingStartsAt)}
            </Link>{" "}
            — <strong>{decisionKindLabels[decision.kind]}</strong> : {decision.text}
            {decision.responsibleName && <> · responsable : {decision.responsibleName}</>}
            {decision.dueDate && <> · échéance : {formatDate(dayToDate(decision.dueDate))}</>}
            {decision.appliedStatusLabel && <> · statut donné : {decision.appliedStatusLabel}</>}
            <DecisionFollowUp decision={decision} mayClose={decision.mayClose} />
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/territoires/${territorySlug}/decisions`}>
          Voir le suivi de toutes les décisions du territoire
        </Link>
      </p>
    </>
  );
}
