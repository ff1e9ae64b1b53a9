import { z } from "zod";

// One set of schemas for the forms, the server actions, the JSON API and the CSV import.
// Levers, statuses and funders are data: the schemas accept codes, and the server checks them
// against the database (lib/actions/reference-checks.ts).

export const carrierColleges = ["ELU", "INDUSTRIEL", "REGION", "ETAT"] as const;
export const carrierCollegeLabels: Record<(typeof carrierColleges)[number], string> = {
  ELU: "Élus",
  INDUSTRIEL: "Industriels",
  REGION: "Région",
  ETAT: "État",
};

/** The status shown when an action's planned end has passed and it is not closed. */
export const LATE_STATUS_LABEL = "En retard";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** "" and absent are "no date"; a date is a calendar day, YYYY-MM-DD (what <input type=date> sends). */
const optionalDate = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z
    .string()
    .regex(isoDate, { message: "Saisissez une date au format JJ/MM/AAAA.", abort: true })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: "Cette date n'existe pas." })
    .optional(),
);

const requiredDate = z
  .string({ message: "Saisissez une date." })
  .regex(isoDate, { message: "Saisissez une date au format JJ/MM/AAAA.", abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: "Cette date n'existe pas." });

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
    z.coerce.number({ message: `${label} : saisissez un nombre.` }).optional(),
  );

export const progressValue = z.coerce
  .number({ message: "Saisissez un avancement entre 0 et 100 %." })
  .int({ message: "Saisissez un avancement entier entre 0 et 100 %." })
  .min(0, { message: "L'avancement ne peut pas être inférieur à 0 %." })
  .max(100, { message: "L'avancement ne peut pas dépasser 100 %." });

export const fundingLineInput = z.object({
  funderCode: z.string().min(1, { message: "Choisissez un financeur." }),
  amountRequested: euros("Le montant demandé"),
  amountGranted: euros("Le montant accordé"),
});
export type FundingLineInput = z.output<typeof fundingLineInput>;

export const indicatorInput = z.object({
  label: z.string().trim().min(2, { message: "Nommez l'indicateur, par exemple « Personnes formées »." }).max(200),
  unit: z.string().trim().max(50).default(""),
  target: optionalNumber("La cible"),
  latestValue: optionalNumber("La valeur"),
});
export type IndicatorInput = z.output<typeof indicatorInput>;

const uuid = z.uuid({ message: "Identifiant invalide." });

export const actionFields = z.object({
  leverCode: z.string().min(1, { message: "Choisissez un levier." }),
  subThemeCode: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
  title: z
    .string()
    .trim()
    .min(3, { message: "Donnez un titre d'au moins 3 caractères." })
    .max(200, { message: "Le titre ne peut pas dépasser 200 caractères." }),
  description: z
    .string()
    .trim()
    .max(5000, { message: "La description ne peut pas dépasser 5 000 caractères." })
    .default(""),
  expectedResults: z
    .string()
    .trim()
    .max(5000, { message: "Les résultats attendus ne peuvent pas dépasser 5 000 caractères." })
    .default(""),
  statusCode: z.string().min(1, { message: "Choisissez un statut." }),
  progress: progressValue,
  plannedStartDate: optionalDate,
  plannedEndDate: optionalDate,
  carrierCollege: z.enum(carrierColleges, { message: "Choisissez le collège du porteur." }),
  carrierOrganisation: z
    .string()
    .trim()
    .min(2, { message: "Indiquez l'organisation qui porte l'action." })
    .max(200, { message: "L'organisation ne peut pas dépasser 200 caractères." }),
  partners: z
    .string()
    .trim()
    .max(1000, { message: "Les partenaires ne peuvent pas dépasser 1 000 caractères." })
    .default(""),
  plannedBudget: optionalEuros("Le budget prévisionnel"),
  pilotIds: z.array(uuid).default([]),
  fundingLines: z.array(fundingLineInput).max(20).default([]),
  indicators: z.array(indicatorInput).max(20).default([]),
});

const datesInOrder = {
  check: (input: { plannedStartDate?: string; plannedEndDate?: string }) =>
    !input.plannedStartDate || !input.plannedEndDate || input.plannedStartDate <= input.plannedEndDate,
  issue: { path: ["plannedEndDate"], message: "La fin prévue ne peut pas précéder le début prévu." },
};

export const createActionInput = actionFields
  .extend({ territoryId: uuid })
  .refine(datesInOrder.check, datesInOrder.issue);
export type CreateActionInput = z.output<typeof createActionInput>;

const versionField = z.coerce.number({ message: "Version manquante : rechargez la page." }).int().min(1);

export const updateActionInput = actionFields
  .extend({ actionId: uuid, version: versionField })
  .refine(datesInOrder.check, datesInOrder.issue);
export type UpdateActionInput = z.output<typeof updateActionInput>;

export const recordProgressInput = z.object({
  actionId: uuid,
  version: versionField,
  date: requiredDate,
  progress: progressValue,
  statusCode: z.string().min(1, { message: "Choisissez un statut." }),
  comment: z
    .string()
    .trim()
    .max(2000, { message: "Le commentaire ne peut pas dépasser 2 000 caractères." })
    .default(""),
});
export type RecordProgressInput = z.output<typeof recordProgressInput>;

export const archiveActionInput = z.object({ actionId: uuid, version: versionField });
export type ArchiveActionInput = z.output<typeof archiveActionInput>;

export const actionSortFields = ["title", "status", "progress", "plannedEndDate", "updatedAt"] as const;
export const ACTIONS_PAGE_SIZE = 20;

/** The action plan's filters, kept in the URL so that a filtered view can be shared. */
export const actionFilters = z.object({
  lever: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  carrier: z.enum(carrierColleges).optional().catch(undefined),
  late: z
    .preprocess((value) => value === "1" || value === "true" || value === true, z.boolean())
    .default(false)
    .catch(false),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(actionSortFields).default("updatedAt").catch("updatedAt"),
  order: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type ActionFilters = z.output<typeof actionFilters>;

/** The Région or the État records its own institution's commitment on an action. */
export const recordFundingInput = z.object({
  actionId: uuid,
  version: versionField,
  funderCode: z.string().min(1, { message: "Choisissez un financeur." }),
  amountRequested: fundingLineInput.shape.amountRequested,
  amountGranted: fundingLineInput.shape.amountGranted,
});
export type RecordFundingInput = z.output<typeof recordFundingInput>;

/** The funder a Région or État user speaks for; committee members may record any funder. */
export const institutionFunderByCollege: Partial<Record<string, string>> = { REGION: "REGION", ETAT: "ETAT" };
