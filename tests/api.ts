import { expect } from "vitest";
import type { z } from "@/lib/validation/zod";

/** A request as a client would send it to the API (the origin is irrelevant to the handlers). */
export function apiRequest(
  path: string,
  options: { method?: string; json?: unknown; rawBody?: string; token?: string } = {},
): Request {
  const headers = new Headers();
  if (options.json !== undefined || options.rawBody !== undefined) headers.set("Content-Type", "application/json");
  if (options.token !== undefined) headers.set("Authorization", `Bearer ${options.token}`);
  const body = options.rawBody ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  return new Request(`http://localhost${path}`, { method: options.method ?? "GET", headers, body });
}

/** The second argument Next.js passes to a route handler. */
export function routeContext<Params extends Record<string, string>>(params: Params) {
  return { params: Promise.resolve(params) };
}

/**
 * The response's body after checking its status (a failure shows the body) and its shape against the
 * schema the OpenAPI document is generated from.
 */
export async function expectJson<Schema extends z.ZodType>(
  response: Response,
  status: number,
  schema: Schema,
): Promise<z.output<Schema>> {
  const body: unknown = await response.json();
  expect({ status: response.status, body }).toMatchObject({ status, body: expect.anything() });
  expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
  return schema.parse(body);
}

/** A valid action body as an API client sends it: JSON numbers, no territory (it is in the path). */
export function actionBody(overrides: Record<string, unknown> = {}) {
  return {
    leverCode: "COMPETENCES",
    subThemeCode: "ACCES_COMPETENCES",
    title: "Formation de soudeurs pour les chantiers navals",
    description: "Former vingt soudeurs par an avec les industriels du port.",
    statusCode: "EN_COURS",
    progress: 30,
    plannedStartDate: "2026-02-01",
    plannedEndDate: "2027-12-31",
    carrierCollege: "INDUSTRIEL",
    carrierOrganisation: "UIMM Rouen Dieppe",
    plannedBudget: 120000,
    fundingLines: [{ funderCode: "ETAT", amountRequested: 60000, amountGranted: 40000 }],
    indicators: [{ label: "Soudeurs formés", unit: "personnes", target: 20, latestValue: 5 }],
    ...overrides,
  };
}

/** A valid PATCH body: every field of the action but its state, which only points d'avancement change. */
export function actionUpdateBody(overrides: Record<string, unknown> = {}) {
  const { progress, statusCode, ...fields } = actionBody();
  void progress;
  void statusCode;
  return { ...fields, ...overrides };
}
