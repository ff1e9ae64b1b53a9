import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiRequest } from "@/tests/api";
import { GET } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "./openapi";

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const apiRoot = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route handler file under app/api/v1, as the OpenAPI path it serves. */
function routeFiles(directory = apiRoot): { file: string; openApiPath: string }[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const segments = path.relative(apiRoot, directory).split(path.sep).filter(Boolean);
    const openApiPath = ["/api/v1", ...segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))].join("/");
    return [{ file: full, openApiPath }];
  });
}

function collectRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, refs));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") refs.push(child);
      else collectRefs(child, refs);
    }
  }
  return refs;
}

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is an OpenAPI 3.1.0 object with both security schemes", () => {
    expect(document).toMatchObject({
      openapi: "3.1.0",
      info: { title: expect.any(String), version: expect.any(String) },
      components: {
        securitySchemes: {
          bearerToken: { type: "http", scheme: "bearer" },
          sessionCookie: { type: "apiKey", in: "cookie", name: expect.stringMatching(/ti-pilotage\.session$/) },
        },
      },
    });
    expect(document.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
  });

  it("describes exactly the methods every route file exports", async () => {
    const described: string[] = Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${route}`),
    );
    const served: string[] = [];
    for (const { file, openApiPath } of routeFiles()) {
      const handlers = (await import(file)) as Record<string, unknown>;
      for (const method of methods) if (typeof handlers[method] === "function") served.push(`${method} ${openApiPath}`);
    }
    expect(served.sort()).toEqual(described.sort());
    expect(served).toHaveLength(15);
  });

  it("documents bodies, parameters and the error responses of each operation", () => {
    const paths = document.paths!;
    const create = paths["/api/v1/territories/{slug}/actions"]!.post!;
    expect(create.requestBody).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/ActionCreate" } } },
    });
    expect(Object.keys(create.responses!)).toEqual(expect.arrayContaining(["201", "400", "401", "404"]));
    const patch = paths["/api/v1/actions/{id}"]!.patch!;
    expect(Object.keys(patch.responses!)).toEqual(expect.arrayContaining(["200", "400", "401", "404", "409"]));
    const listParameters = paths["/api/v1/territories/{slug}/actions"]!.get!.parameters!;
    expect(listParameters.map((parameter) => ("name" in parameter ? parameter.name : undefined))).toEqual([
      "slug",
      "lever",
      "status",
      "carrier",
      "late",
      "q",
      "sort",
      "order",
      "page",
    ]);

    const decisionParameters = paths["/api/v1/territories/{slug}/decisions"]!.get!.parameters!;
    expect(decisionParameters.map((parameter) => ("name" in parameter ? parameter.name : undefined))).toEqual([
      "slug",
      "state",
      "responsible",
      "meeting",
      "action",
    ]);

    const schemas = document.components!.schemas!;
    expect(schemas.ActionCreate).toMatchObject({ properties: { title: { minLength: 3 } } });
    expect(schemas.ActionCreate).not.toHaveProperty("properties.territoryId");
    expect(schemas.ActionUpdate).toMatchObject({ required: expect.arrayContaining(["version"]) });
    expect(schemas.ActionUpdate).not.toHaveProperty("properties.actionId");
    expect(schemas.ProgressCreate).not.toHaveProperty("properties.actionId");

    for (const ref of collectRefs(document)) {
      const [, , section, name] = ref.split("/");
      expect(document.components).toHaveProperty([section!, name!]);
    }
  });

  it("is served publicly as JSON", async () => {
    const response = await GET(apiRequest("/api/v1/openapi.json"), undefined);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: "3.1.0" });
  });
});
