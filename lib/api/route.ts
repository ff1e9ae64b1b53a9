import "server-only";
import { z } from "@/lib/validation/zod";
import type { MutationResult } from "@/lib/auth/safe-action";
import { AppError, errorMessages, type ErrorCode } from "@/lib/errors";
import { hostileParameterErrors } from "@/lib/validation/query";

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  THROTTLED: 429,
  INTERNAL: 500,
};

// The pages' "session expired" message would mislead a script: say how to authenticate instead.
const API_UNAUTHENTICATED_MESSAGE =
  "Authentification requise : envoyez un jeton d'API dans l'en-tête « Authorization: Bearer … » (créez-le sur la page Mon compte) ou une session valide.";

export const INVALID_JSON_MESSAGE = "Le corps de la requête doit être un objet JSON valide.";

/** Authenticated data: never stored by a browser or an intermediate cache. */
export function jsonResponse(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "Cache-Control": "no-store" } });
}

export function errorResponse(code: ErrorCode, message?: string, fieldErrors?: Record<string, string[]>): Response {
  const text = code === "UNAUTHENTICATED" ? API_UNAUTHENTICATED_MESSAGE : (message ?? errorMessages[code]);
  const response = jsonResponse(
    { error: { code, message: text, ...(fieldErrors ? { fieldErrors } : {}) } },
    httpStatusOf[code],
  );
  if (code === "UNAUTHENTICATED") response.headers.set("WWW-Authenticate", 'Bearer realm="TI Pilotage"');
  return response;
}

/** A failed mutation as its HTTP error; a successful one as `onSuccess` says. */
export async function mutationResponse<T>(
  result: MutationResult<T>,
  onSuccess: (data: T) => Promise<Response>,
): Promise<Response> {
  return result.ok ? onSuccess(result.data) : errorResponse(result.code, result.message, result.fieldErrors);
}

/** The request body as a JSON object, or a 400: the route then adds the ids taken from the path. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("VALIDATION", INVALID_JSON_MESSAGE);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("VALIDATION", INVALID_JSON_MESSAGE);
  }
  return body as Record<string, unknown>;
}

/**
 * The query string as a plain object for a lenient filter schema, after refusing hostile values
 * (control characters, absurd lengths) with a 400 that names the parameter.
 */
export function readSearchParams(request: Request): Record<string, string> {
  const params = new URL(request.url).searchParams;
  const errors = hostileParameterErrors(params);
  if (errors) throw new AppError("VALIDATION", undefined, errors);
  return Object.fromEntries(params);
}

const pathId = z.uuid();

/** A malformed id in the path is the client's mistake (400), like a malformed id in a body. */
export function parsePathId(id: string): string {
  if (!pathId.safeParse(id).success) {
    throw new AppError("VALIDATION", "Identifiant invalide.", { id: ["Identifiant invalide."] });
  }
  return id;
}

/**
 * Every API route handler: expected failures (AppError) become their HTTP status with a French
 * message; anything else is logged and answers a generic 500, so that a database error never
 * reaches a client.
 */
export function apiRoute<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error.code, error.message, error.fieldErrors);
      console.error(`[api ${request.method} ${new URL(request.url).pathname}]`, error);
      return errorResponse("INTERNAL");
    }
  };
}
