import "server-only";
import { auditOperationLabel } from "@/lib/audit/labels";
import { getPrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatPercent } from "@/lib/format";
import { describeActionChanges, snapshotUserIds, type FieldChange, type HistoryLabels } from "./changes";
import { listActionHistory, listActionReferenceData } from "../queries";

export type HistoryEntry = {
  id: string;
  occurredAt: Date;
  actorName: string | null;
  operation: string;
  operationLabel: string;
  changes: FieldChange[];
  /** For a point d'avancement: what was recorded (it may be back-dated and leave the action as it was). */
  progressUpdate: RecordedPoint | null;
  /** For a corrected or withdrawn point: what it said before. */
  previousProgressUpdate: RecordedPoint | null;
};

export type RecordedPoint = { date: string; progress: number; statusLabel: string; comment: string };

const pointOperations = new Set(["progress", "progress.correct", "progress.withdraw"]);

/** Labels for reading action snapshots: reference data, and the names of the people they name. */
export async function historyLabels(userIds: string[]): Promise<HistoryLabels> {
  const [reference, users] = await Promise.all([
    listActionReferenceData(),
    getPrisma().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
  ]);
  return {
    levers: new Map(reference.levers.map((lever) => [lever.code, lever.label])),
    subThemes: new Map(reference.levers.flatMap((lever) => lever.subThemes.map((s) => [s.code, s.label] as const))),
    statuses: new Map(reference.statuses.map((status) => [status.code, status.label])),
    funders: new Map(reference.funders.map((funder) => [funder.code, funder.label])),
    users: new Map(users.map((user) => [user.id, user.name])),
  };
}

function recordedProgress(
  after: unknown,
  statuses: ReadonlyMap<string, string>,
  key: "progressUpdate" | "previousProgressUpdate" = "progressUpdate",
): RecordedPoint | null {
  const update = (after as Record<string, Record<string, unknown> | undefined> | null)?.[key];
  if (!update || typeof update.date !== "string" || typeof update.progress !== "number") return null;
  const statusCode = typeof update.statusCode === "string" ? update.statusCode : "";
  return {
    date: update.date,
    progress: update.progress,
    statusLabel: statuses.get(statusCode) ?? statusCode,
    comment: typeof update.comment === "string" ? update.comment : "",
  };
}

function pointText(point: RecordedPoint): string {
  const comment = point.comment ? ` — ${point.comment}` : "";
  return `point du ${formatDate(dayToDate(point.date))} : ${formatPercent(point.progress)}, ${point.statusLabel}${comment}`;
}

/** A point event for the journal: what was recorded, corrected (before → after) or withdrawn. */
export function recordedProgressChange(
  after: unknown,
  statuses: ReadonlyMap<string, string>,
): { before: string; after: string } | null {
  const point = recordedProgress(after, statuses);
  const previous = recordedProgress(after, statuses, "previousProgressUpdate");
  if (!point && !previous) return null;
  return { before: previous ? pointText(previous) : "", after: point ? pointText(point) : "retiré" };
}

/** Flagging "à discuter en séance" leaves the action as it was: the history says why it was flagged. */
function discussionFlagChanges(after: unknown): FieldChange[] {
  const flag = (after as Record<string, Record<string, unknown> | undefined> | null)?.discussionFlag;
  const reason = typeof flag?.reason === "string" ? flag.reason : "";
  return reason ? [{ field: "discussionFlag", label: "Raison", before: "(vide)", after: reason }] : [];
}

/** The history of an action the caller already found in scope (through getAction), ready to read. */
export async function listActionHistoryEntries(actionId: string): Promise<HistoryEntry[]> {
  const events = await listActionHistory(actionId);
  const labels = await historyLabels(snapshotUserIds(events.flatMap((event) => [event.before, event.after])));
  return events.map((event) => ({
    id: event.id,
    occurredAt: event.occurredAt,
    actorName: event.actorName,
    operation: event.operation,
    operationLabel: auditOperationLabel(event.operation),
    changes:
      event.operation === "create"
        ? []
        : event.operation === "action.flag"
          ? discussionFlagChanges(event.after)
          : describeActionChanges(event.before, event.after, labels),
    progressUpdate: pointOperations.has(event.operation) ? recordedProgress(event.after, labels.statuses) : null,
    previousProgressUpdate: pointOperations.has(event.operation)
      ? recordedProgress(event.after, labels.statuses, "previousProgressUpdate")
      : null,
  }));
}
