import { agendaReasonLabels } from "./schemas";
import type { MinutesContent } from "./minutes-schemas";
import type { AgendaPoint, MeetingDecision, MeetingDetail } from "./queries";

/** What a relevé is compiled from: a séance as its page shows it (the demo seed builds one too). */
export type CompilableMeeting = Pick<
  MeetingDetail,
  "kind" | "startsAt" | "place" | "videoUrl" | "organiserName" | "participants"
> & {
  territory: { name: string };
  agenda: (Pick<AgendaPoint, "title" | "reason" | "summary"> & {
    action: Pick<
      NonNullable<AgendaPoint["action"]>,
      "id" | "statusLabel" | "progress" | "isLate" | "plannedEndDate" | "lastPointDate"
    > | null;
    decisions: Pick<MeetingDecision, "id" | "kind" | "text" | "responsibleName" | "dueDate" | "appliedStatusLabel">[];
  })[];
};

/**
 * The relevé de décisions compiled from a séance as recorded: participants with their answer and
 * presence, every point with its summary, its decisions, and the state of its action that day.
 * Pure: the snapshot is exactly what the séance page showed when it was compiled.
 */
export function compileMinutesContent(meeting: CompilableMeeting): MinutesContent {
  return {
    territoryName: meeting.territory.name,
    kind: meeting.kind,
    startsAt: meeting.startsAt.toISOString(),
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    organiserName: meeting.organiserName,
    participants: meeting.participants.map((person) => ({
      id: person.id,
      name: person.name,
      organisation: person.organisation,
      college: person.college,
      isBinome: person.isBinome,
      response: person.response,
      representedBy: person.representedBy,
      attended: person.attended,
    })),
    points: meeting.agenda.map((point) => ({
      title: point.title,
      reasonLabel: agendaReasonLabels[point.reason],
      summary: point.summary,
      action: point.action
        ? {
            id: point.action.id,
            statusLabel: point.action.statusLabel,
            progress: point.action.progress,
            isLate: point.action.isLate,
            plannedEndDate: point.action.plannedEndDate,
            lastPointDate: point.action.lastPointDate,
          }
        : null,
      decisions: point.decisions.map((decision) => ({
        id: decision.id,
        kind: decision.kind,
        text: decision.text,
        responsibleName: decision.responsibleName,
        dueDate: decision.dueDate,
        appliedStatusLabel: decision.appliedStatusLabel,
      })),
    })),
  };
}
