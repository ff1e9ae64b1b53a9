import "server-only";
import { getPrisma } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import { decisionStateOf, type DecisionState } from "./decision-state";
import type { DecisionKind } from "./schemas";

/** A decision as the séance page, the action page, the decision log, its export and the API read it. */
export type MeetingDecision = {
  id: string;
  kind: DecisionKind;
  text: string;
  responsibleId: string | null;
  responsibleName: string | null;
  dueDate: string | null;
  appliedStatusLabel: string | null;
  state: DecisionState;
  closedAt: Date | null;
  closingNote: string;
};

type DecisionRow = {
  id: string;
  kind: DecisionKind;
  text: string;
  responsibleId: string | null;
  responsible: { name: string } | null;
  dueDate: Date | null;
  appliedStatusCode: string | null;
  closedAt: Date | null;
  closingNote: string;
};

export async function statusLabelsByCode(): Promise<Map<string, string>> {
  const statuses = await getPrisma().actionStatus.findMany({ select: { code: true, label: true } });
  return new Map(statuses.map((status) => [status.code, status.label]));
}

/** The one mapper of a decision row, with its state on the day (YYYY-MM-DD). */
export function toMeetingDecision(
  decision: DecisionRow,
  statusLabels: Map<string, string>,
  today: string,
): MeetingDecision {
  const dueDate = decision.dueDate ? dateToDay(decision.dueDate) : null;
  return {
    id: decision.id,
    kind: decision.kind,
    text: decision.text,
    responsibleId: decision.responsibleId,
    responsibleName: decision.responsible?.name ?? null,
    dueDate,
    appliedStatusLabel: decision.appliedStatusCode ? (statusLabels.get(decision.appliedStatusCode) ?? null) : null,
    state: decisionStateOf({ closedAt: decision.closedAt, dueDate }, today),
    closedAt: decision.closedAt,
    closingNote: decision.closingNote,
  };
}
