import { completionStateLabels, type CompletionState } from "@/lib/campaigns/schemas";

const severities: Record<CompletionState, string> = {
  NOT_STARTED: "",
  IN_PROGRESS: "fr-badge--info",
  RETURNED: "fr-badge--warning",
  SUBMITTED: "fr-badge--new",
  ACCEPTED: "fr-badge--success",
};

/** Where a territory's report stands, in words (the colour only repeats them). */
export function ReportStateBadge({ state }: { state: CompletionState }) {
  return (
    <p className={`fr-badge fr-badge--sm fr-badge--no-icon ${severities[state]}`}>{completionStateLabels[state]}</p>
  );
}
