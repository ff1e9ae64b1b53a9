import "server-only";
import { z } from "@/lib/validation/zod";
import type { CampaignDetail, CampaignSummary } from "@/lib/campaigns/queries";
import { completionStates } from "@/lib/campaigns/schemas";

// What the API answers about follow-up campaigns; the schemas feed the OpenAPI document and type
// the serializers, and the tests parse responses with them.

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("Jour calendaire, AAAA-MM-JJ");

const campaignFields = {
  id: z.uuid(),
  name: z.string(),
  asOf: day.describe("Les chiffres du bilan sont arrêtés à ce jour"),
  deadline: day.describe("Échéance de transmission des bilans"),
  region: z.string().describe("La région qui a ouvert la campagne"),
};

export const apiCampaignList = z.object({
  campaigns: z.array(
    z.object({
      ...campaignFields,
      reportCount: z.number().int().describe("Bilans demandés aux territoires que vous lisez"),
      submittedCount: z.number().int().describe("Parmi eux, bilans transmis ou acceptés"),
    }),
  ),
});

export const apiCampaign = z.object({
  ...campaignFields,
  territories: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      state: z
        .enum(completionStates)
        .describe(
          "NOT_STARTED : aucune action mise à jour ; IN_PROGRESS : au moins une ; RETURNED : renvoyé pour compléments ; SUBMITTED : transmis, en attente d'avis ; ACCEPTED : accepté",
        ),
      periodStart: day.describe("Premier jour de la période du bilan, qui finit à asOf"),
      concernedActions: z.number().int().describe("Actions concernées (en cours, ou mises à jour dans la période)"),
      updatedActions: z.number().int().describe("Actions ayant un point d'avancement daté dans la période"),
      updatedShare: z.number().int().nullable().describe("Part des actions mises à jour, en %, arrondie"),
      lastSubmittedAt: z.iso.datetime().nullable(),
    }),
  ),
});

export function toApiCampaignList(campaigns: CampaignSummary[]): z.infer<typeof apiCampaignList> {
  return {
    campaigns: campaigns.map((campaign) => ({
      id: campaign.id,
      name: campaign.name,
      asOf: campaign.asOf,
      deadline: campaign.deadline,
      region: campaign.regionName,
      reportCount: campaign.reportCount,
      submittedCount: campaign.submittedCount,
    })),
  };
}

export function toApiCampaign(campaign: CampaignDetail): z.infer<typeof apiCampaign> {
  return {
    id: campaign.id,
    name: campaign.name,
    asOf: campaign.asOf,
    deadline: campaign.deadline,
    region: campaign.regionName,
    territories: campaign.rows.map((row) => ({
      slug: row.territorySlug,
      name: row.territoryName,
      state: row.state,
      periodStart: row.periodStart,
      concernedActions: row.concernedCount,
      updatedActions: row.updatedCount,
      updatedShare: row.updatedShare,
      lastSubmittedAt: row.lastSubmittedAt?.toISOString() ?? null,
    })),
  };
}
