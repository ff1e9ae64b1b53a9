import "server-only";
import { z } from "@/lib/validation/zod";
import { colleges } from "@/lib/auth/permissions";
import type { DecisionLog } from "@/lib/meetings/decision-log";
import { decisionStates } from "@/lib/meetings/decision-state";
import type { MeetingDecision } from "@/lib/meetings/decision-view";
import type { MinutesView } from "@/lib/meetings/minutes";
import type { MeetingDetail, MeetingSummary } from "@/lib/meetings/queries";
import { agendaReasons, decisionKinds, meetingKinds, participantResponses } from "@/lib/meetings/schemas";

// What the API answers about séances and their decisions. Like lib/api/representations.ts: the
// schemas feed the OpenAPI document and type the serializers, and the tests parse responses with them.

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("Jour calendaire, AAAA-MM-JJ");
const person = z.object({ id: z.uuid(), name: z.string() });

const apiDecisionFields = {
  id: z.uuid(),
  kind: z.enum(decisionKinds),
  text: z.string(),
  responsible: person.nullable().describe("Qui suit la décision"),
  dueDate: day.nullable(),
  appliedStatusLabel: z.string().nullable().describe("Le statut que la décision a donné à l'action"),
  state: z
    .enum(decisionStates)
    .describe(
      "open : en cours ; overdue : en cours, échéance passée (jour de Paris) ; done : soldée. Le filtre state=open inclut les décisions en retard.",
    ),
  closedAt: z.iso.datetime().nullable(),
  closingNote: z.string().describe("Ce qui a été fait, écrit en soldant la décision (vide tant qu'elle est en cours)"),
};
export const apiMeetingDecision = z.object(apiDecisionFields);

export const apiDecisionLogEntry = z.object({
  ...apiDecisionFields,
  meeting: z.object({ id: z.uuid(), kind: z.enum(meetingKinds), startsAt: z.iso.datetime() }),
  pointTitle: z.string().describe("Le point de l'ordre du jour sur lequel la décision a été prise"),
  action: z.object({ id: z.uuid(), title: z.string() }).nullable(),
});

export const apiDecisionLog = z.object({
  items: z.array(apiDecisionLogEntry).describe("De la séance la plus récente à la plus ancienne"),
  total: z.int().min(0),
});
export type ApiDecisionLog = z.infer<typeof apiDecisionLog>;

const meetingFields = {
  id: z.uuid(),
  kind: z.enum(meetingKinds),
  startsAt: z.iso.datetime(),
  place: z.string(),
  videoUrl: z.string(),
  convokedAt: z.iso.datetime().nullable().describe("Dernier envoi de la convocation (null : pas encore convoquée)"),
  participantCount: z.int().min(0),
  agendaCount: z.int().min(0),
};

export const apiMeetingListItem = z.object({
  ...meetingFields,
  openDecisionCount: z.int().min(0).describe("Décisions en cours, celles en retard comprises"),
  overdueDecisionCount: z.int().min(0).describe("Décisions en cours dont l'échéance est passée"),
});
export const apiMeetingList = z.object({
  items: z.array(apiMeetingListItem).describe("De la plus ancienne à la plus récente"),
});
export type ApiMeetingList = z.infer<typeof apiMeetingList>;

export const apiMeeting = z.object({
  ...meetingFields,
  version: z.int().min(1),
  territory: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  participants: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      organisation: z.string(),
      college: z.enum(colleges),
      isBinome: z.boolean(),
      response: z.enum(participantResponses).nullable().describe("Réponse à la convocation (null : pas de réponse)"),
      representedBy: z.string(),
      attended: z.boolean().nullable().describe("Présence constatée à la séance (null : pas encore relevée)"),
    }),
  ),
  agenda: z.array(
    z.object({
      id: z.uuid(),
      reason: z.enum(agendaReasons),
      title: z.string(),
      actionId: z.uuid().nullable(),
      summary: z.string().describe("Synthèse des échanges sur le point"),
      decisions: z.array(apiMeetingDecision),
    }),
  ),
  minutes: z
    .object({
      status: z
        .enum(["awaiting", "locked"])
        .describe("awaiting : établi, en attente des validations du binôme ; locked : validé et verrouillé"),
      version: z.int().min(1),
      compiledAt: z.iso.datetime(),
      eluValidatedAt: z.iso.datetime().nullable(),
      industrielValidatedAt: z.iso.datetime().nullable(),
      lockedAt: z.iso.datetime().nullable(),
      reviewCount: z.int().min(0).describe("Avis de la Région et de l'État"),
      amendmentCount: z.int().min(0).describe("Rectificatifs ajoutés après le verrouillage"),
    })
    .nullable()
    .describe("Relevé de décisions (null : pas encore établi)"),
});
export type ApiMeeting = z.infer<typeof apiMeeting>;

function toApiMeetingDecision(decision: MeetingDecision): z.infer<typeof apiMeetingDecision> {
  return {
    id: decision.id,
    kind: decision.kind,
    text: decision.text,
    responsible:
      decision.responsibleId && decision.responsibleName
        ? { id: decision.responsibleId, name: decision.responsibleName }
        : null,
    dueDate: decision.dueDate,
    appliedStatusLabel: decision.appliedStatusLabel,
    state: decision.state,
    closedAt: decision.closedAt?.toISOString() ?? null,
    closingNote: decision.closingNote,
  };
}

export function toApiDecisionLog(log: DecisionLog): ApiDecisionLog {
  return {
    items: log.entries.map((entry) => ({
      ...toApiMeetingDecision(entry),
      meeting: { ...entry.meeting, startsAt: entry.meeting.startsAt.toISOString() },
      pointTitle: entry.pointTitle,
      action: entry.action,
    })),
    total: log.count,
  };
}

function meetingSummaryFields(meeting: MeetingSummary) {
  return {
    id: meeting.id,
    kind: meeting.kind,
    startsAt: meeting.startsAt.toISOString(),
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    convokedAt: meeting.convokedAt?.toISOString() ?? null,
    participantCount: meeting.participantCount,
    agendaCount: meeting.agendaCount,
  };
}

export function toApiMeetingList(
  meetings: MeetingSummary[],
  decisionCounts: Map<string, { open: number; overdue: number }>,
): ApiMeetingList {
  return {
    items: meetings.map((meeting) => ({
      ...meetingSummaryFields(meeting),
      openDecisionCount: decisionCounts.get(meeting.id)?.open ?? 0,
      overdueDecisionCount: decisionCounts.get(meeting.id)?.overdue ?? 0,
    })),
  };
}

function toApiMinutes(minutes: MinutesView | null): ApiMeeting["minutes"] {
  if (!minutes) return null;
  return {
    status: minutes.status,
    version: minutes.version,
    compiledAt: minutes.compiledAt.toISOString(),
    eluValidatedAt: minutes.eluValidation?.at.toISOString() ?? null,
    industrielValidatedAt: minutes.industrielValidation?.at.toISOString() ?? null,
    lockedAt: minutes.lockedAt?.toISOString() ?? null,
    reviewCount: minutes.reviews.length,
    amendmentCount: minutes.amendments.length,
  };
}

export function toApiMeeting(meeting: MeetingDetail, minutes: MinutesView | null): ApiMeeting {
  return {
    ...meetingSummaryFields(meeting),
    version: meeting.version,
    territory: { id: meeting.territory.id, slug: meeting.territory.slug, name: meeting.territory.name },
    participants: meeting.participants,
    agenda: meeting.agenda.map((point) => ({
      id: point.id,
      reason: point.reason,
      title: point.title,
      actionId: point.action?.id ?? null,
      summary: point.summary,
      decisions: point.decisions.map(toApiMeetingDecision),
    })),
    minutes: toApiMinutes(minutes),
  };
}
