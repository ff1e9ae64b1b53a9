import { todayInFrance } from "@/lib/dates";
import { calendarDay, code, integer, isCalendarDay, optionalCalendarDay, text, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { progressStatusIssues } from "./status-rules";

// One set of schemas for the forms, the server actions, the JSON API and the CSV import.
// Levers, statuses and funders are data: the schemas accept codes, and the server checks them
// against the database (lib/actions/write/reference-checks.ts).

export const carrierColleges = ["ELU", "INDUSTRIEL", "REGION", "ETAT"] as const;
export const carrierCollegeLabels: Record<(typeof carrierColleges)[number], string> = {
  ELU: "Élus",
  INDUSTRIEL: "Industriels",
  REGION: "Région",
  ETAT: "État",
};

/** The status shown when an action's planned end has passed and it is not closed. */
export const LATE_STATUS_LABEL = "En retard";

/** Amounts in whole euros; people type "1 250 000" or "1250000 €". */
const euros = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s\u00a0\u202f€]/g, "") : value),
    z.coerce
      .number({ message: `${label} : saisissez un montant en euros, par exemple 150000.` })
      .int({ message: `${label} : saisissez un montant entier en euros.` })
      .min(0, { message: `${label} ne peut pas être négatif.` })
      .max(2_000_000_000, { message: `${label} : montant trop élevé.` }),
  );

const optionalEuros = (label: string) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), euros(label).optional());

const optionalNumber = (label: string) =>
  z.preprocess(
    (value) =>
      value === "" || value === null
        ? undefined
        : typeof value === "string"
          ? value.replace(",", ".").replace(/\s/g, "")
          : value,
    z.coerce
      .number({ message: `${label} : saisissez un nombre.` })
      .min(-1e12, { message: `${label} : valeur trop petite.` })
      .max(1e12, { message: `${label} : valeur trop grande.` })
      .optional(),
  );

/** Required: an empty field is not 0 % (an untouched form must not record a point at 0 %). */
export const progressValue = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce
    .number({ message: "Saisissez l'avancement, entre 0 et 100 %." })
    .int({ message: "Saisissez un avancement entier entre 0 et 100 %." })
    .min(0, { message: "L'avancement ne peut pas être inférieur à 0 %." })
    .max(100, { message: "L'avancement ne peut pas dépasser 100 %." }),
);

// Cross-field rules run as soon as the fields they read are valid, even when other fields are not,
// so that a form shows every error in one pass (zod skips refinements after any issue otherwise).
const fieldsValid =
  (...fields: string[]) =>
  (payload: z.core.ParsePayload): boolean =>
    typeof payload.value === "object" &&
    payload.value !== null &&
    !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0])));

export const fundingLineInput = z
  .object({
    funderCode: code("Choisissez un financeur."),
    amountRequested: euros("Le montant demandé"),
    amountGranted: euros("Le montant accordé"),
  })
  .refine((line) => line.amountGranted <= line.amountRequested, {
    path: ["amountGranted"],
    message: "Le montant accordé ne peut pas dépasser le montant demandé.",
    when: fieldsValid("amountRequested", "amountGranted"),
  });
export type FundingLineInput = z.output<typeof fundingLineInput>;

export const indicatorInput = z.object({
  label: text({
    min: 2,
    max: 200,
    requiredMessage: "Nommez l'indicateur, par exemple « Personnes formées ».",
    tooShortMessage: "Nommez l'indicateur, par exemple « Personnes formées ».",
    tooLongMessage: "Le nom de l'indicateur ne peut pas dépasser 200 caractères.",
  }),
  unit: text({ max: 50, tooLongMessage: "L'unité ne peut pas dépasser 50 caractères." }).default(""),
  target: optionalNumber("La cible"),
  latestValue: optionalNumber("La valeur"),
});
export type IndicatorInput = z.output<typeof indicatorInput>;

export const actionFields = z.object({
  leverCode: code("Choisissez un levier."),
  subThemeCode: z.preprocess(
    (value) => (value === "" ? undefined : value),
    code("Choisissez un sous-thème.").optional(),
  ),
  title: text({
    min: 3,
    max: 200,
    requiredMessage: "Donnez un titre d'au moins 3 caractères.",
    tooShortMessage: "Donnez un titre d'au moins 3 caractères.",
    tooLongMessage: "Le titre ne peut pas dépasser 200 caractères.",
  }),
  description: text({
    max: 5000,
    multiline: true,
    tooLongMessage: "La description ne peut pas dépasser 5 000 caractères.",
  }).default(""),
  expectedResults: text({
    max: 5000,
    multiline: true,
    tooLongMessage: "Les résultats attendus ne peuvent pas dépasser 5 000 caractères.",
  }).default(""),
  plannedStartDate: optionalCalendarDay,
  plannedEndDate: optionalCalendarDay,
  carrierCollege: z.enum(carrierColleges, { message: "Choisissez le collège du porteur." }),
  carrierOrganisation: text({
    min: 2,
    max: 200,
    requiredMessage: "Indiquez l'organisation qui porte l'action.",
    tooShortMessage: "Indiquez l'organisation qui porte l'action.",
    tooLongMessage: "L'organisation ne peut pas dépasser 200 caractères.",
  }),
  partners: text({
    max: 1000,
    multiline: true,
    tooLongMessage: "Les partenaires ne peuvent pas dépasser 1 000 caractères.",
  }).default(""),
  plannedBudget: optionalEuros("Le budget prévisionnel"),
  pilotIds: z.array(uuid).max(50, { message: "Choisissez au plus 50 pilotes." }).default([]),
  // Optional; "" (the form's "none") clears it, absent (a plan file, an API call without it) keeps it.
  carrierContactId: z.preprocess(
    (value) => (value === "" ? null : value),
    z.uuid({ message: "Choisissez une personne dans la liste." }).nullable().optional(),
  ),
  fundingLines: z
    .array(fundingLineInput)
    .max(20, { message: "Une action compte au plus 20 lignes de financement." })
    .default([]),
  indicators: z.array(indicatorInput).max(20, { message: "Une action compte au plus 20 indicateurs." }).default([]),
});

/** An action's state: set at creation, then changed only by points d'avancement. */
const stateFields = {
  statusCode: code("Choisissez un statut."),
  progress: progressValue,
};

function addStateIssues(input: { progress: number; statusCode: string }, context: z.RefinementCtx) {
  for (const issue of progressStatusIssues(input.progress, input.statusCode)) {
    context.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  }
}

const stateCoherence = { when: fieldsValid("progress", "statusCode") };

const datesInOrder = (input: { plannedStartDate?: string; plannedEndDate?: string }) =>
  !input.plannedStartDate || !input.plannedEndDate || input.plannedStartDate <= input.plannedEndDate;
const datesInOrderIssue = {
  path: ["plannedEndDate"],
  message: "La fin prévue ne peut pas précéder le début prévu.",
  when: fieldsValid("plannedStartDate", "plannedEndDate"),
};

export const createActionInput = actionFields
  .extend({ territoryId: uuid, ...stateFields })
  .refine(datesInOrder, datesInOrderIssue)
  .superRefine(addStateIssues, stateCoherence);
export type CreateActionInput = z.output<typeof createActionInput>;

const versionField = integer({ min: 1, message: "Version manquante ou invalide : rechargez la page." });

const STATE_BY_POINTS_MESSAGE =
  "L'avancement et le statut changent par un point d'avancement, pas par la modification de l'action.";

/** The edit form and PATCH: every field but the state, which only points d'avancement change. */
export const updateActionInput = actionFields
  .extend({
    actionId: uuid,
    version: versionField,
    progress: z.undefined({ message: STATE_BY_POINTS_MESSAGE }).optional(),
    statusCode: z.undefined({ message: STATE_BY_POINTS_MESSAGE }).optional(),
  })
  .refine(datesInOrder, datesInOrderIssue);
export type UpdateActionInput = z.output<typeof updateActionInput>;

const POINT_IN_FUTURE_MESSAGE =
  "Un point d'avancement constate où en est l'action : sa date ne peut pas être dans le futur.";

/** A point d'avancement: an observation, dated today or earlier. */
const pointFields = {
  date: calendarDay.refine((day) => !isCalendarDay(day) || day <= todayInFrance(), {
    message: POINT_IN_FUTURE_MESSAGE,
  }),
  ...stateFields,
  comment: text({
    max: 2000,
    multiline: true,
    tooLongMessage: "Le commentaire ne peut pas dépasser 2 000 caractères.",
  }).default(""),
};

const pointShape = z.object({ actionId: uuid, version: versionField, ...pointFields });

export const recordProgressInput = pointShape.superRefine(addStateIssues, stateCoherence);
export type RecordProgressInput = z.output<typeof recordProgressInput>;

/** A wrong point is corrected (same point, new values) by whoever may record progress. */
export const correctProgressInput = pointShape.extend({ pointId: uuid }).superRefine(addStateIssues, stateCoherence);
export type CorrectProgressInput = z.output<typeof correctProgressInput>;

/** …or withdrawn, leaving its trace in the history. */
export const withdrawProgressInput = z.object({ actionId: uuid, version: versionField, pointId: uuid });
export type WithdrawProgressInput = z.output<typeof withdrawProgressInput>;

/** For the OpenAPI document: the body of POST /actions/{id}/progress. */
export const progressBody = z.object({ version: versionField, ...pointFields });

export const archiveActionInput = z.object({ actionId: uuid, version: versionField });
export type ArchiveActionInput = z.output<typeof archiveActionInput>;

export const actionSortFields = ["title", "status", "progress", "plannedEndDate", "updatedAt"] as const;
export const ACTIONS_PAGE_SIZE = 20;

/**
 * The action plan's filters, kept in the URL so that a filtered view can be shared. Read leniently:
 * an unknown or malformed value falls back to the default rather than failing the page (a hostile
 * parameter is refused before, see lib/validation/query.ts).
 */
export const actionFilters = z.object({
  lever: code("Levier invalide.").optional().catch(undefined),
  status: code("Statut invalide.").optional().catch(undefined),
  carrier: z.enum(carrierColleges).optional().catch(undefined),
  late: z
    .preprocess((value) => value === "1" || value === "true" || value === true, z.boolean())
    .default(false)
    .catch(false),
  q: text({ max: 200 }).optional().catch(undefined),
  sort: z.enum(actionSortFields).default("updatedAt").catch("updatedAt"),
  order: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: integer({ min: 1, max: 1_000_000, message: "Page invalide." }).default(1).catch(1),
});
export type ActionFilters = z.output<typeof actionFilters>;

/** The Région or the État records its own institution's commitment on an action. */
export const recordFundingInput = z.object({
  actionId: uuid,
  version: versionField,
  funderCode: code("Choisissez un financeur."),
  amountRequested: fundingLineInput.shape.amountRequested,
  amountGranted: fundingLineInput.shape.amountGranted,
});
export type RecordFundingInput = z.output<typeof recordFundingInput>;
