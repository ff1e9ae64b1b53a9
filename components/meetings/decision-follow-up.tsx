import { Badge, type BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import { decisionStateLabels, type DecisionState } from "@/lib/meetings/decision-state";
import type { MeetingDecision } from "@/lib/meetings/decision-view";
import { formatDate } from "@/lib/format";
import { CloseDecisionForm } from "./close-decision-form";

// The state is always written out: "En retard" is told by its words, not by the badge's colour.
const severities: Record<DecisionState, BadgeProps["severity"]> = {
  open: "info",
  overdue: "warning",
  done: "success",
};

export function DecisionStateBadge({ state }: { state: DecisionState }) {
  return (
    <Badge as="span" small severity={severities[state]}>
      {decisionStateLabels[state]}
    </Badge>
  );
}

/** Where a decision stands: its state, then its closing note, or the form to close it for who may. */
export function DecisionFollowUp({
  decision,
  mayClose,
}: {
  decision: Pick<MeetingDecision, "id" | "text" | "state" | "closedAt" | "closingNote">;
  mayClose: boolean;
}) {
  return (
    <div>
      <DecisionStateBadge state={decision.state} />
      {decision.closedAt ? (
        <p className="fr-text--sm fr-mb-0 fr-mt-1v">
          Soldée le {formatDate(decision.closedAt)} : {decision.closingNote}
        </p>
      ) : (
        mayClose && (
          // Folded: a table of decisions stays readable, each row opens its own form.
          <details className="fr-mt-1v">
            <summary className="fr-text--sm">Solder la décision</summary>
            <CloseDecisionForm decisionId={decision.id} decisionText={decision.text} />
          </details>
        )
      )}
    </div>
  );
}
