import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { apiRequest } from "@/tests/api";
import { apiRoute, mutationResponse, readJsonObject } from "./route";

describe("apiRoute", () => {
  it("answers an unexpected error with a generic 500, logged on the server, never its text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = apiRoute(async () => {
      throw new Error('duplicate key value violates unique constraint "ApiToken_tokenHash_key"');
    });
    const response = await handler(apiRequest("/api/v1/territories"), undefined);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/duplicate|constraint/);
    expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL", message: expect.stringMatching(/inattendue/) } });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("maps each failure code to its HTTP status", async () => {
    const statuses: Record<string, number> = {};
    for (const code of ["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL"] as const) {
      const response = await mutationResponse({ ok: false, code, message: "…" }, async () => new Response());
      statuses[code] = response.status;
    }
    expect(statuses).toEqual({
      VALIDATION: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      INTERNAL: 500,
    });
    const thrown = await apiRoute(async () => {
      throw new AppError("CONFLICT", "Déjà modifiée.");
    })(apiRequest("/api/v1/actions/x"), undefined);
    expect(thrown.status).toBe(409);
    expect(thrown.headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("readJsonObject", () => {
  it("accepts a JSON object and refuses anything else with a French 400", async () => {
    const post = (rawBody: string) => apiRequest("/api/v1/x", { method: "POST", rawBody });
    expect(await readJsonObject(post('{"title":"Atelier"}'))).toEqual({ title: "Atelier" });
    for (const rawBody of ["", "{", "null", "42", '"texte"', "[]"]) {
      await expect(readJsonObject(post(rawBody))).rejects.toMatchObject({
        code: "VALIDATION",
        message: "Le corps de la requête doit être un objet JSON valide.",
      });
    }
  });
});
