import "server-only";
import { z } from "@/lib/validation/zod";
import type { ActionPage } from "@/lib/actions/queries";
import type { ActionDetailView } from "@/lib/actions/view";
import { carrierColleges } from "@/lib/actions/schemas";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { TerritoryDashboard } from "@/lib/dashboard/types";
import { errorMessages } from "@/lib/errors";
import type { TerritoryOverview } from "@/lib/territories/queries";

// What the API answers. These schemas feed the OpenAPI document, and the serializers below are typed
// by them, so the document cannot drift from the responses (the tests also parse responses with them).

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("Jour calendaire, AAAA-MM-JJ");
const codeAndLabel = z.object({ code: z.string(), label: z.string() });

export const apiTerritory = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  regions: z.array(z.object({ code: z.string(), name: z.string() })).describe("Région pilote en premier"),
});
export type ApiTerritory = z.infer<typeof apiTerritory>;

export const apiTerritoryList = z.object({ items: z.array(apiTerritory) });

export const apiActionListItem = z.object({
  id: z.uuid(),
  title: z.string(),
  leverCode: z.string(),
  leverLabel: z.string(),
  statusCode: z.string(),
  statusLabel: z.string(),
  isLate: z.boolean().describe("Fin prévue dépassée et action ni réalisée ni abandonnée"),
  progress: z.int().min(0).max(100),
  plannedEndDate: day.nullable(),
  carrierCollege: z.enum(carrierColleges),
  carrierOrganisation: z.string(),
  updatedAt: z.iso.datetime(),
});

export const apiActionPage = z.object({
  items: z.array(apiActionListItem),
  total: z.int().min(0),
  page: z.int().min(1),
  pageCount: z.int().min(1),
});
export type ApiActionPage = z.infer<typeof apiActionPage>;

export const apiAction = z.object({
  id: z.uuid(),
  version: z.int().min(1).describe("À renvoyer dans PATCH et dans un point d'avancement"),
  territory: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  title: z.string(),
  description: z.string(),
  expectedResults: z.string(),
  lever: codeAndLabel,
  subTheme: codeAndLabel.nullable(),
  status: codeAndLabel,
  isLate: z.boolean(),
  progress: z.int().min(0).max(100),
  plannedStartDate: day.nullable(),
  plannedEndDate: day.nullable(),
  carrierCollege: z.enum(carrierColleges),
  carrierOrganisation: z.string(),
  partners: z.string(),
  plannedBudget: z.int().nullable().describe("Euros"),
  pilots: z.array(z.object({ id: z.uuid(), name: z.string(), organisation: z.string() })),
  fundingLines: z.array(
    z.object({
      funderCode: z.string(),
      funderLabel: z.string(),
      amountRequested: z.int().describe("Euros"),
      amountGranted: z.int().describe("Euros"),
    }),
  ),
  fundingTotals: z.object({ requested: z.int(), granted: z.int() }),
  indicators: z.array(
    z.object({
      label: z.string(),
      unit: z.string(),
      target: z.number().nullable(),
      latestValue: z.number().nullable(),
    }),
  ),
  progressUpdates: z
    .array(
      z.object({
        id: z.uuid(),
        date: day,
        progress: z.int().min(0).max(100),
        statusCode: z.string(),
        statusLabel: z.string(),
        comment: z.string(),
        authorName: z.string().nullable(),
        createdAt: z.iso.datetime(),
      }),
    )
    .describe("Du plus récent au plus ancien"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ApiAction = z.infer<typeof apiAction>;

const percent = z.int().min(0).max(100);

export const apiDashboard = z
  .object({
    territory: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    period: z.object({
      from: z.string().describe("AAAA-MM"),
      to: z.string().describe("AAAA-MM"),
      lever: z.string().nullable(),
    }),
    asOf: day.describe("Le jour dont les chiffres décrivent le plan : la fin de la période, ou aujourd'hui"),
    tiles: z.object({
      actionCount: z.int().min(0),
      doneCount: z.int().min(0),
      averageProgress: percent.nullable(),
      lateCount: z.int().min(0),
      blockedCount: z.int().min(0),
      lateOrBlockedCount: z.int().min(0),
      plannedBudget: z.number().describe("Euros"),
      fundingRequested: z.number().describe("Euros"),
      fundingGranted: z.number().describe("Euros"),
    }),
    byLever: z.array(
      z.object({
        leverCode: z.string(),
        leverLabel: z.string(),
        actionCount: z.int().min(0),
        averageProgress: percent.nullable(),
        statusCounts: z.record(z.string(), z.int().min(0)),
      }),
    ),
    progressOverTime: z
      .array(z.object({ month: z.string(), averageProgress: percent.nullable(), actionCount: z.int().min(0) }))
      .describe("Mois par mois, jusqu'au mois en cours ; le dernier mois est `tiles.averageProgress`"),
    fundingByFunder: z.array(
      z.object({ funderCode: z.string(), funderLabel: z.string(), requested: z.number(), granted: z.number() }),
    ),
    definitions: z.record(z.string(), z.string()).describe("Ce que compte chaque chiffre, en une phrase"),
  })
  .describe("Les chiffres du tableau de bord d'un territoire : ceux des pages, du rapport et de la comparaison");
export type ApiDashboard = z.infer<typeof apiDashboard>;

export const apiError = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorMessages) as [keyof typeof errorMessages, ...(keyof typeof errorMessages)[]]),
    message: z.string().describe("En français, à montrer à la personne"),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe("Messages par champ (chemin pointé, par exemple « fundingLines.0.amountGranted »)"),
  }),
});

export function toApiTerritory(territory: TerritoryOverview): ApiTerritory {
  return { id: territory.id, slug: territory.slug, name: territory.name, regions: territory.regions };
}

export function toApiActionPage(page: ActionPage): ApiActionPage {
  return {
    items: page.items.map((item) => ({
      ...item,
      carrierCollege: item.carrierCollege as ApiActionPage["items"][number]["carrierCollege"],
      updatedAt: item.updatedAt.toISOString(),
    })),
    total: page.total,
    page: page.page,
    pageCount: page.pageCount,
  };
}

export function toApiAction(action: ActionDetailView): ApiAction {
  return {
    id: action.id,
    version: action.version,
    territory: action.territory,
    title: action.title,
    description: action.description,
    expectedResults: action.expectedResults,
    lever: action.lever,
    subTheme: action.subTheme,
    status: { code: action.status.code, label: action.status.label },
    isLate: action.isLate,
    progress: action.progress,
    plannedStartDate: action.plannedStartDate,
    plannedEndDate: action.plannedEndDate,
    carrierCollege: action.carrierCollege as ApiAction["carrierCollege"],
    carrierOrganisation: action.carrierOrganisation,
    partners: action.partners,
    plannedBudget: action.plannedBudget,
    pilots: action.pilots,
    fundingLines: action.fundingLines.map(({ funderCode, funderLabel, amountRequested, amountGranted }) => ({
      funderCode,
      funderLabel,
      amountRequested,
      amountGranted,
    })),
    fundingTotals: action.fundingTotals,
    indicators: action.indicators.map(({ label, unit, target, latestValue }) => ({ label, unit, target, latestValue })),
    progressUpdates: action.progressUpdates.map((update) => ({ ...update, createdAt: update.createdAt.toISOString() })),
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  };
}

export function toApiDashboard(dashboard: TerritoryDashboard): ApiDashboard {
  const byLever = new Map(dashboard.byLeverAndStatus.map((lever) => [lever.leverCode, lever.counts]));
  return {
    territory: { id: dashboard.territory.id, slug: dashboard.territory.slug, name: dashboard.territory.name },
    period: { from: dashboard.filters.from, to: dashboard.filters.to, lever: dashboard.filters.lever ?? null },
    asOf: dashboard.asOf,
    tiles: dashboard.tiles,
    byLever: dashboard.progressByLever.map((lever) => ({
      ...lever,
      statusCounts: byLever.get(lever.leverCode) ?? {},
    })),
    progressOverTime: dashboard.progressOverTime,
    fundingByFunder: dashboard.fundingByFunder,
    definitions: figureDefinitions(dashboard.asOf),
  };
}
