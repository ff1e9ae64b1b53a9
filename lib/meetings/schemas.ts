import { calendarDay, integer, optionalCalendarDay, text, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const meetingKinds = ["COMITE_PROJET", "COMITE_PILOTAGE"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const meetingKindLabels: Record<MeetingKind, string> = {
  COMITE_PROJET: "Comité de projet",
  COMITE_PILOTAGE: "Comité de pilotage",
};

export const agendaReasons = [
  "OPEN_DECISION",
  "LATE_OR_BLOCKED",
  "NO_RECENT_PROGRESS",
  "STATUS_CHANGED",
  "FLAGGED",
  "FREE",
] as const;
export type AgendaReason = (typeof agendaReasons)[number];

/** Why a point is on the ordre du jour, as the agenda says it. */
export const agendaReasonLabels: Record<AgendaReason, string> = {
  OPEN_DECISION: "Décision d'une séance précédente à suivre",
  LATE_OR_BLOCKED: "En retard ou bloquée",
  NO_RECENT_PROGRESS: "Sans point d'avancement récent",
  STATUS_CHANGED: "Statut changé depuis la dernière séance",
  FLAGGED: "Signalée « à discuter en séance »",
  FREE: "Point ajouté",
};

const TIME_MESSAGE = "Saisissez une heure au format HH:MM, par exemple 14:30.";
const PLACE_OR_LINK_MESSAGE = "Indiquez un lieu, un lien de visioconférence, ou les deux.";
const LINK_MESSAGE =
  "Saisissez un lien complet commençant par https://, par exemple https://webconf.numerique.gouv.fr/…";

const idList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(uuid).max(200, { message: "Choisissez au plus 200 participants." }),
);

const meetingFields = {
  kind: z.enum(meetingKinds, { message: "Choisissez le type de séance." }),
  day: calendarDay,
  time: z.string({ message: TIME_MESSAGE }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: TIME_MESSAGE }),
  place: text({ max: 300, tooLongMessage: "Le lieu ne peut pas dépasser 300 caractères." }).default(""),
  videoUrl: text({ max: 500, tooLongMessage: "Le lien ne peut pas dépasser 500 caractères." })
    .refine((value) => value === "" || isHttpsUrl(value), { message: LINK_MESSAGE })
    .default(""),
  participantIds: idList,
};

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

function requirePlaceOrLink(input: { place: string; videoUrl: string }, context: z.RefinementCtx) {
  if (input.place === "" && input.videoUrl === "") {
    context.addIssue({ code: "custom", path: ["place"], message: PLACE_OR_LINK_MESSAGE });
  }
}

/** Plan a séance of a territory's committee: the form and the server share this schema. */
export const planMeetingInput = z.object({ territoryId: uuid, ...meetingFields }).superRefine(requirePlaceOrLink);
export type PlanMeetingInput = z.output<typeof planMeetingInput>;

const versionField = integer({ min: 1, message: "Version manquante ou invalide : rechargez la page." });

const meetingVersion = { meetingId: uuid, version: versionField };
const AGENDA_TITLE_MESSAGE = "Donnez un intitulé au point.";

/** A point added by hand to the ordre du jour, after the proposed ones. */
export const addAgendaItemInput = z.object({
  ...meetingVersion,
  title: text({
    min: 1,
    max: 300,
    requiredMessage: AGENDA_TITLE_MESSAGE,
    tooShortMessage: AGENDA_TITLE_MESSAGE,
    tooLongMessage: "L'intitulé d'un point ne peut pas dépasser 300 caractères.",
  }),
});
export type AddAgendaItemInput = z.output<typeof addAgendaItemInput>;

/** Move a point one place up or down the ordre du jour. */
export const moveAgendaItemInput = z.object({
  ...meetingVersion,
  itemId: uuid,
  direction: z.enum(["up", "down"], { message: "Sens de déplacement inconnu." }),
});
export type MoveAgendaItemInput = z.output<typeof moveAgendaItemInput>;

/** Drop a point from the ordre du jour. */
export const removeAgendaItemInput = z.object({ ...meetingVersion, itemId: uuid });
export type RemoveAgendaItemInput = z.output<typeof removeAgendaItemInput>;

/** Send (or send again) the convocation to every participant. */
export const sendConvocationInput = z.object({ ...meetingVersion });
export type SendConvocationInput = z.output<typeof sendConvocationInput>;

export const participantResponses = ["PRESENT", "EXCUSE", "REPRESENTE"] as const;
export type ParticipantResponse = (typeof participantResponses)[number];

export const participantResponseLabels: Record<ParticipantResponse, string> = {
  PRESENT: "Présent·e",
  EXCUSE: "Excusé·e",
  REPRESENTE: "Représenté·e",
};

const REPRESENTED_BY_MESSAGE = "Indiquez qui vous représente.";

/** A participant answers the convocation: présent·e, excusé·e, or représenté·e by someone they name. */
export const answerConvocationInput = z
  .object({
    meetingId: uuid,
    response: z.enum(participantResponses, { message: "Choisissez votre réponse." }),
    representedBy: text({ max: 200, tooLongMessage: "Ce nom ne peut pas dépasser 200 caractères." }).default(""),
  })
  .superRefine((input, context) => {
    if (input.response === "REPRESENTE" && input.representedBy === "") {
      context.addIssue({ code: "custom", path: ["representedBy"], message: REPRESENTED_BY_MESSAGE });
    }
  })
  .transform((input) => ({ ...input, representedBy: input.response === "REPRESENTE" ? input.representedBy : "" }));
export type AnswerConvocationInput = z.output<typeof answerConvocationInput>;

/** Presence at the séance: the participants who were there (the others were not). */
export const recordPresenceInput = z.object({ ...meetingVersion, presentIds: idList });
export type RecordPresenceInput = z.output<typeof recordPresenceInput>;

export const decisionKinds = ["VALIDER", "REORIENTER", "AJOURNER", "ABANDONNER", "FINANCER", "AUTRE"] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export const decisionKindLabels: Record<DecisionKind, string> = {
  VALIDER: "Valider",
  REORIENTER: "Réorienter",
  AJOURNER: "Ajourner",
  ABANDONNER: "Abandonner",
  FINANCER: "Financer",
  AUTRE: "Autre",
};

const DECISION_TEXT_MESSAGE = "Écrivez la décision.";
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * A decision of the séance on a point of its ordre du jour: what, who follows it up, by when; on a
 * point about an action, it may give the action a new status (recorded as a point d'avancement).
 */
export const recordDecisionInput = z.object({
  ...meetingVersion,
  agendaItemId: uuid,
  kind: z.enum(decisionKinds, { message: "Choisissez le type de décision." }),
  text: text({
    min: 1,
    max: 2000,
    multiline: true,
    requiredMessage: DECISION_TEXT_MESSAGE,
    tooShortMessage: DECISION_TEXT_MESSAGE,
    tooLongMessage: "Une décision ne peut pas dépasser 2 000 caractères.",
  }),
  responsibleId: z.preprocess(emptyToUndefined, uuid.optional()),
  dueDate: optionalCalendarDay,
  newStatusCode: z.preprocess(emptyToUndefined, text({ max: 50 }).optional()),
});
export type RecordDecisionInput = z.output<typeof recordDecisionInput>;

const CLOSING_NOTE_MESSAGE = "Écrivez une note qui dit comment la décision a été suivie.";

/** Close (solder) a decision of a séance, with a note on how it was followed up. */
export const closeDecisionInput = z.object({
  decisionId: uuid,
  closingNote: text({
    min: 1,
    max: 2000,
    multiline: true,
    requiredMessage: CLOSING_NOTE_MESSAGE,
    tooShortMessage: CLOSING_NOTE_MESSAGE,
    tooLongMessage: "La note ne peut pas dépasser 2 000 caractères.",
  }),
});
export type CloseDecisionInput = z.output<typeof closeDecisionInput>;

/** A committee member flags an action "à discuter en séance", saying why if they wish. */
export const flagActionInput = z.object({
  actionId: uuid,
  reason: text({
    max: 300,
    tooLongMessage: "La raison ne peut pas dépasser 300 caractères : résumez-la en une phrase.",
  }).default(""),
});
export type FlagActionInput = z.output<typeof flagActionInput>;

/** Remove the "à discuter en séance" flag of an action. */
export const clearActionFlagInput = z.object({ actionId: uuid });
export type ClearActionFlagInput = z.output<typeof clearActionFlagInput>;
