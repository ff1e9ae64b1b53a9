import "server-only";
import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "@/lib/validation/zod";
import { actionFilters, createActionInput, progressBody, updateActionInput } from "@/lib/actions/schemas";
import { authCookies, usesSecureCookies } from "@/lib/auth/cookies";
import { registerCampaignPaths } from "./openapi-campaigns";
import { registerMeetingPaths } from "./openapi-meetings";
import { apiAction, apiActionPage, apiDashboard, apiError, apiTerritoryList } from "./representations";

// The document is generated from the zod schemas the server validates with (lib/actions/schemas.ts)
// and the response schemas the serializers are typed by: nothing here restates a field. Component
// names are given with zod's own `.meta({ id })`, which the generator reads, rather than by
// extendZodWithOpenApi: that patch only reaches schemas built after it runs, and lib/ builds its
// schemas at import time.

const registry = new OpenAPIRegistry();

const bearerToken = registry.registerComponent("securitySchemes", "bearerToken", {
  type: "http",
  scheme: "bearer",
  description: "Jeton d'API personnel (tip_…), créé sur la page Mon compte et affiché une seule fois.",
});
const sessionCookie = registry.registerComponent("securitySchemes", "sessionCookie", {
  type: "apiKey",
  in: "cookie",
  name: authCookies(usesSecureCookies()).sessionToken!.name,
  description: "Session ouverte dans le navigateur (appels depuis l'application elle-même).",
});
const security = [{ [bearerToken.name]: [] }, { [sessionCookie.name]: [] }];

// Path ids are taken out of the input schemas: the route puts them back from the URL. Rebuilding
// the object from its shape drops the "dates in order" refinement, which JSON Schema cannot express:
// the description states it.
const datesNote = "La fin prévue ne peut pas précéder le début prévu.";
const stateNote =
  "Un statut « Réalisée » va avec 100 % et réciproquement ; « À venir » avec 0 %. Le montant accordé d'une ligne de financement ne dépasse pas le montant demandé.";
const ActionCreate = z
  .object(createActionInput.shape)
  .omit({ territoryId: true })
  .meta({
    id: "ActionCreate",
    description: `L'avancement et le statut donnés à la création deviennent le premier point d'avancement de l'action. ${datesNote} ${stateNote}`,
  });
const ActionUpdate = z
  .object(updateActionInput.shape)
  .omit({ actionId: true, progress: true, statusCode: true })
  .meta({
    id: "ActionUpdate",
    description: `Remplace tous les champs de l'action, sauf l'avancement et le statut, qui changent par un point d'avancement (POST /actions/{id}/progress). ${datesNote}`,
  });
const ProgressCreate = progressBody.meta({
  id: "ProgressCreate",
  description: `Un point d'avancement constate l'état de l'action à une date, aujourd'hui ou avant. L'action affiche son dernier point par date. ${stateNote}`,
});
const Action = apiAction.meta({ id: "Action" });
const ActionPage = apiActionPage.meta({ id: "ActionPage" });
const TerritoryList = apiTerritoryList.meta({ id: "TerritoryList" });
const ApiError = apiError.meta({ id: "Error" });
const Dashboard = apiDashboard.meta({ id: "Dashboard" });
const DashboardQuery = z.object({
  from: z.string().optional().describe("Premier mois, AAAA-MM (défaut : il y a 11 mois)"),
  to: z.string().optional().describe("Dernier mois, AAAA-MM (défaut : le mois en cours)"),
  lever: z.string().optional().describe("Code d'un levier"),
});

// The page's filters ignore an invalid value (.catch), which JSON Schema cannot express: the
// document shows the values that are honoured.
const ActionFiltersQuery = z.object(
  Object.fromEntries(
    Object.entries(actionFilters.shape).map(([key, field]) => [
      key,
      field instanceof z.ZodCatch ? field.unwrap() : field,
    ]),
  ),
);

const slugParams = z.object({ slug: z.string().meta({ example: "axe-seine" }) });
const idParams = z.object({ id: z.uuid() });

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const body = (schema: z.ZodType) => ({ required: true, content: json(schema) });
const error = (description: string): ResponseConfig => ({ description, content: json(ApiError) });

const errors = {
  400: error("Identifiant mal formé, corps qui n'est pas un objet JSON, ou champs à corriger (`fieldErrors`)."),
  401: error("Ni jeton d'API valide ni session."),
  403: error("Territoire visible, mais l'opération n'est pas permise à votre collège."),
  404: error("Introuvable, ou hors de votre périmètre."),
  409: error("L'action a changé depuis la `version` envoyée, ou elle est archivée."),
};

registry.registerPath({
  method: "get",
  path: "/api/v1/territories",
  summary: "Les territoires de votre périmètre",
  security,
  responses: { 200: { description: "Territoires", content: json(TerritoryList) }, 401: errors[401] },
});

registry.registerPath({
  method: "get",
  path: "/api/v1/territories/{slug}/actions",
  summary: "Le plan d'actions d'un territoire, filtré et paginé (20 par page)",
  security,
  request: { params: slugParams, query: ActionFiltersQuery },
  responses: {
    200: { description: "Une page d'actions", content: json(ActionPage) },
    401: errors[401],
    404: errors[404],
  },
});

registry.registerPath({
  method: "get",
  path: "/api/v1/territories/{slug}/dashboard",
  summary: "Les chiffres du tableau de bord d'un territoire",
  description:
    "Les mêmes chiffres que le tableau de bord, le rapport et la comparaison : les actions du plan (hors archivées) à l'état de leur dernier point d'avancement au jour `asOf`.",
  security,
  request: { params: slugParams, query: DashboardQuery },
  responses: {
    200: { description: "Les chiffres", content: json(Dashboard) },
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

registry.registerPath({
  method: "post",
  path: "/api/v1/territories/{slug}/actions",
  summary: "Créer une action",
  security,
  request: { params: slugParams, body: body(ActionCreate) },
  responses: {
    201: { description: "L'action créée", content: json(Action) },
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});

registry.registerPath({
  method: "get",
  path: "/api/v1/actions/{id}",
  summary: "Une action : détails, financements, indicateurs, points d'avancement",
  security,
  request: { params: idParams },
  responses: {
    200: { description: "L'action", content: json(Action) },
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

registry.registerPath({
  method: "patch",
  path: "/api/v1/actions/{id}",
  summary: "Modifier une action",
  description: "Envoyez tous les champs, avec la `version` lue : une version dépassée est refusée (409).",
  security,
  request: { params: idParams, body: body(ActionUpdate) },
  responses: {
    200: { description: "L'action modifiée", content: json(Action) },
    ...errors,
  },
});

registry.registerPath({
  method: "post",
  path: "/api/v1/actions/{id}/progress",
  summary: "Enregistrer un point d'avancement",
  security,
  request: { params: idParams, body: body(ProgressCreate) },
  responses: {
    201: { description: "L'action, avec sa nouvelle version", content: json(Action) },
    ...errors,
  },
});

const pointParams = z.object({ id: z.uuid(), pointId: z.uuid() });

registry.registerPath({
  method: "patch",
  path: "/api/v1/actions/{id}/progress/{pointId}",
  summary: "Corriger un point d'avancement",
  description:
    "Remplace la date, l'avancement, le statut et le commentaire d'un point, avec la `version` de l'action. L'historique garde l'ancienne valeur.",
  security,
  request: { params: pointParams, body: body(ProgressCreate) },
  responses: { 200: { description: "L'action, avec sa nouvelle version", content: json(Action) }, ...errors },
});

registry.registerPath({
  method: "delete",
  path: "/api/v1/actions/{id}/progress/{pointId}",
  summary: "Retirer un point d'avancement",
  description:
    "Retire un point saisi par erreur (corps : `{ \"version\": … }`). Le seul point d'une action se corrige, il ne se retire pas. L'historique garde ce qu'il disait.",
  security,
  request: { params: pointParams, body: body(z.object({ version: z.int().min(1) })) },
  responses: { 200: { description: "L'action, avec sa nouvelle version", content: json(Action) }, ...errors },
});

registerMeetingPaths(registry, { security, json, errors, slugParams, idParams });
registerCampaignPaths(registry, { security, json, errors, idParams });

registry.registerPath({
  method: "get",
  path: "/api/v1/openapi.json",
  summary: "Ce document",
  security: [],
  responses: { 200: { description: "Document OpenAPI 3.1" } },
});

let document: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

export function openApiDocument() {
  document ??= new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "TI Pilotage — API",
      version: "1.0.0",
      description:
        "Lire et tenir à jour les plans d'actions des Territoires d'industrie. Mêmes droits que dans l'application : un élément hors de votre périmètre répond 404.",
    },
    security,
  });
  return document;
}
