import "server-only";
import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "@/lib/validation/zod";
import { decisionLogFilters } from "@/lib/meetings/decision-log-filters";
import { apiDecisionLog, apiMeeting, apiMeetingList } from "./meeting-representations";

// The séances' part of the OpenAPI document (lib/api/openapi.ts), with the same helpers.

type Shared = {
  security: { [name: string]: string[] }[];
  json: (schema: z.ZodType) => { "application/json": { schema: z.ZodType } };
  errors: Record<400 | 401 | 404, ResponseConfig>;
  slugParams: z.ZodObject;
  idParams: z.ZodObject;
};

// Like the plan's filters, an invalid value is ignored (.catch): the document shows the honoured ones.
const DecisionFiltersQuery = z.object(
  Object.fromEntries(
    Object.entries(decisionLogFilters.shape).map(([key, field]) => [
      key,
      field instanceof z.ZodCatch ? field.unwrap() : field,
    ]),
  ),
);

export function registerMeetingPaths(
  registry: OpenAPIRegistry,
  { security, json, errors, slugParams, idParams }: Shared,
) {
  const DecisionLog = apiDecisionLog.meta({ id: "DecisionLog" });
  const MeetingList = apiMeetingList.meta({ id: "MeetingList" });
  const Meeting = apiMeeting.meta({ id: "Meeting" });

  registry.registerPath({
    method: "get",
    path: "/api/v1/territories/{slug}/decisions",
    summary: "Le suivi des décisions d'un territoire, filtré",
    description:
      "Toutes les décisions des séances du territoire, avec leur état au jour (de Paris). Filtres : `state` (open, overdue, done ; open inclut overdue), `responsible` (id d'une personne), `meeting` (id d'une séance), `action` (id d'une action).",
    security,
    request: { params: slugParams, query: DecisionFiltersQuery },
    responses: {
      200: { description: "Les décisions", content: json(DecisionLog) },
      400: errors[400],
      401: errors[401],
      404: errors[404],
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/territories/{slug}/meetings",
    summary: "Les séances du comité d'un territoire",
    security,
    request: { params: slugParams },
    responses: {
      200: { description: "Les séances", content: json(MeetingList) },
      401: errors[401],
      404: errors[404],
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/meetings/{id}",
    summary: "Une séance : ordre du jour et décisions, participants, réponses et présence",
    security,
    request: { params: idParams },
    responses: {
      200: { description: "La séance", content: json(Meeting) },
      400: errors[400],
      401: errors[401],
      404: errors[404],
    },
  });
}
