import { colleges } from "@/lib/auth/permissions";
import { integer, text, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { decisionKinds, meetingKinds, participantResponses } from "./schemas";

// The relevé de décisions: what the forms send, and the compiled snapshot as it is stored.

const versionField = integer({ min: 1, message: "Version manquante ou invalide : rechargez la page." });

/** Compile (or compile again, before it is validated) the relevé from what the séance recorded. */
export const compileMinutesInput = z.object({ meetingId: uuid, version: versionField });
export type CompileMinutesInput = z.output<typeof compileMinutesInput>;

/** Validate the relevé as it stands (its version), for the user's college in the binôme. */
export const validateMinutesInput = z.object({ meetingId: uuid, minutesVersion: versionField });
export type ValidateMinutesInput = z.output<typeof validateMinutesInput>;

function longText(requiredMessage: string, tooLongMessage: string) {
  return text({
    min: 1,
    max: 4000,
    multiline: true,
    requiredMessage,
    tooShortMessage: requiredMessage,
    tooLongMessage,
  });
}

/** The Région's or the State's avis on the relevé, before it is locked. */
export const reviewMinutesInput = z.object({
  meetingId: uuid,
  minutesVersion: versionField,
  text: longText("Écrivez l'avis.", "Un avis ne peut pas dépasser 4 000 caractères."),
});
export type ReviewMinutesInput = z.output<typeof reviewMinutesInput>;

/** A dated correction of a locked relevé. */
export const amendMinutesInput = z.object({
  meetingId: uuid,
  minutesVersion: versionField,
  text: longText("Écrivez le rectificatif.", "Un rectificatif ne peut pas dépasser 4 000 caractères."),
});
export type AmendMinutesInput = z.output<typeof amendMinutesInput>;

/** What the séance said of a point of its ordre du jour. */
export const recordPointSummaryInput = z.object({
  meetingId: uuid,
  version: versionField,
  itemId: uuid,
  summary: text({
    max: 4000,
    multiline: true,
    tooLongMessage: "Une synthèse ne peut pas dépasser 4 000 caractères.",
  }).default(""),
});
export type RecordPointSummaryInput = z.output<typeof recordPointSummaryInput>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The compiled relevé, stored as JSON and parsed back with this schema. Labels are stored as they
 * read that day (statuses, reasons), so that renaming one later does not rewrite past minutes.
 */
export const minutesContent = z.object({
  territoryName: z.string(),
  kind: z.enum(meetingKinds),
  startsAt: z.iso.datetime(),
  place: z.string(),
  videoUrl: z.string(),
  organiserName: z.string().nullable(),
  participants: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organisation: z.string(),
      college: z.enum(colleges),
      isBinome: z.boolean(),
      response: z.enum(participantResponses).nullable(),
      representedBy: z.string(),
      attended: z.boolean().nullable(),
    }),
  ),
  points: z.array(
    z.object({
      title: z.string(),
      reasonLabel: z.string(),
      summary: z.string(),
      /** The action's state on the day the relevé was compiled. */
      action: z
        .object({
          id: z.string(),
          statusLabel: z.string(),
          progress: z.number(),
          isLate: z.boolean(),
          plannedEndDate: day.nullable(),
          lastPointDate: day.nullable(),
        })
        .nullable(),
      decisions: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(decisionKinds),
          text: z.string(),
          responsibleName: z.string().nullable(),
          dueDate: day.nullable(),
          appliedStatusLabel: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type MinutesContent = z.output<typeof minutesContent>;
