import "server-only";
import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import type { z } from "@/lib/validation/zod";
import { apiCampaign, apiCampaignList } from "./campaign-representations";

// The follow-up campaigns' part of the OpenAPI document (lib/api/openapi.ts).

type Shared = {
  security: { [name: string]: string[] }[];
  json: (schema: z.ZodType) => { "application/json": { schema: z.ZodType } };
  errors: Record<400 | 401 | 404, ResponseConfig>;
  idParams: z.ZodObject;
};

export function registerCampaignPaths(registry: OpenAPIRegistry, { security, json, errors, idParams }: Shared) {
  const CampaignList = apiCampaignList.meta({ id: "CampaignList" });
  const Campaign = apiCampaign.meta({ id: "Campaign" });

  registry.registerPath({
    method: "get",
    path: "/api/v1/campaigns",
    summary: "Les campagnes de suivi qui vous concernent",
    description:
      "Celles de votre région si vous les gérez (Région, État), et celles qui demandent un bilan à un territoire que vous lisez.",
    security,
    responses: { 200: { description: "Les campagnes", content: json(CampaignList) }, 401: errors[401] },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/campaigns/{id}",
    summary: "Une campagne de suivi et l'avancement des bilans, par territoire",
    description:
      "Un territoire par ligne, parmi ceux que vous lisez. Un bilan transmis ou accepté compte tel qu'il a été transmis.",
    security,
    request: { params: idParams },
    responses: {
      200: { description: "La campagne", content: json(Campaign) },
      400: errors[400],
      401: errors[401],
      404: errors[404],
    },
  });
}
