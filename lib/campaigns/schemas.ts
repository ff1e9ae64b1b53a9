import { calendarDay, integer, text, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const campaignReportStates = ["OPEN", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type CampaignReportState = (typeof campaignReportStates)[number];

/**
 * Where a territory stands in a campaign, as the completion table says it. "Not started" and "in
 * progress" split the open reports by whether an action was updated in the period.
 */
export const completionStates = ["NOT_STARTED", "IN_PROGRESS", "RETURNED", "SUBMITTED", "ACCEPTED"] as const;
export type CompletionState = (typeof completionStates)[number];

export const completionStateLabels: Record<CompletionState, string> = {
  NOT_STARTED: "Non commencé",
  IN_PROGRESS: "En cours",
  RETURNED: "Renvoyé pour compléments",
  SUBMITTED: "Bilan transmis",
  ACCEPTED: "Bilan accepté",
};

const DEADLINE_MESSAGE = "L'échéance doit être postérieure ou égale à la date d'arrêté des chiffres.";
const NO_TERRITORY_MESSAGE = "Choisissez au moins un territoire.";

const territoryIds = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(uuid)
    .min(1, { message: NO_TERRITORY_MESSAGE })
    .max(200, { message: "Choisissez au plus 200 territoires." })
    .transform((ids) => [...new Set(ids)]),
);

/** Open a follow-up campaign: the form and the server share this schema. */
export const openCampaignInput = z
  .object({
    name: text({
      min: 1,
      max: 150,
      requiredMessage: "Donnez un nom à la campagne, par exemple « Bilan semestriel S1 2027 ».",
      tooShortMessage: "Donnez un nom à la campagne, par exemple « Bilan semestriel S1 2027 ».",
      tooLongMessage: "Le nom ne peut pas dépasser 150 caractères.",
    }),
    asOf: calendarDay,
    deadline: calendarDay,
    territoryIds,
  })
  .superRefine((input, context) => {
    if (input.deadline < input.asOf)
      context.addIssue({ code: "custom", path: ["deadline"], message: DEADLINE_MESSAGE });
  });
export type OpenCampaignInput = z.output<typeof openCampaignInput>;

const versionField = integer({ min: 1, message: "Version manquante ou invalide : rechargez la page." });

/** A member of the binôme submits the territory's report (bilan). */
export const submitReportInput = z.object({ reportId: uuid, version: versionField });

/** The officer returns a submission for more work, saying what is missing. */
export const returnSubmissionInput = z.object({
  submissionId: uuid,
  comment: text({
    min: 1,
    max: 2000,
    multiline: true,
    requiredMessage: "Dites ce qu'il faut compléter.",
    tooShortMessage: "Dites ce qu'il faut compléter.",
    tooLongMessage: "Le commentaire ne peut pas dépasser 2 000 caractères.",
  }),
});

/** The officer accepts a submission. */
export const acceptSubmissionInput = z.object({ submissionId: uuid });
