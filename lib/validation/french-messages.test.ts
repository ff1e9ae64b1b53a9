import { describe, expect, it } from "vitest";
import { dashboardFilters } from "@/lib/dashboard/filters";
import { z } from "./zod";

// Walks every input schema of the app (every `schemas.ts`, the import and password schemas) through
// its failure modes — missing fields, wrong types, control characters, over-long texts, huge lists,
// out-of-range numbers, impossible dates — and refuses any message that is English or zod's raw
// locale wording: what a user or an API client reads must be French and say how to fix the input.

const schemaModules = {
  ...import.meta.glob("/lib/**/schemas.ts", { eager: true }),
  ...import.meta.glob("/lib/**/*-schema.ts", { eager: true }),
  ...import.meta.glob("/lib/auth/password-policy.ts", { eager: true }),
} as Record<string, Record<string, unknown>>;

type AnySchema = z.ZodType;

function isSchema(value: unknown): value is AnySchema {
  return value instanceof z.ZodType;
}

/** The fields of an object schema, through refinements, transforms, intersections and wrappers. */
function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  const def = schema.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "object":
      return (schema as z.ZodObject).shape as Record<string, AnySchema>;
    case "intersection":
      return { ...shapeOf(def.left as AnySchema), ...shapeOf(def.right as AnySchema) };
    case "pipe":
      return shapeOf(def.in as AnySchema);
    case "optional":
    case "default":
    case "catch":
    case "nullable":
      return shapeOf(def.innerType as AnySchema);
    default:
      return {};
  }
}

const hostileValues: unknown[] = [
  undefined,
  null,
  42,
  -1,
  2 ** 31,
  1e308,
  "1e400",
  true,
  "",
  "x",
  "a\u0000b",
  "ligne\u0007",
  "x".repeat(100_000),
  "2026-02-30",
  "30/02/2026",
  "not-a-uuid",
  [],
  Array.from({ length: 1000 }, () => "00000000-0000-4000-8000-000000000000"),
  Array.from({ length: 1000 }, () => ({})),
  {},
  { nested: true },
];

const ENGLISH =
  /\b(invalid|expected|received|required|too (big|small)|must|should|input|characters?|string|number|array|object|option|unrecognized)\b/i;
// zod's French locale is French, but reads as a machine's ("Trop grand : chaîne de caractères doit
// avoir <=200 caractères"): the app's own map must have answered instead.
const RAW_LOCALE = /(<=|>=|\breçu\b|Entrée invalide|Trop (grand|petit) :)/;

function messagesFor(schema: AnySchema): string[] {
  const inputs: unknown[] = [...hostileValues];
  const shape = shapeOf(schema);
  for (const key of Object.keys(shape)) {
    for (const value of hostileValues) inputs.push({ [key]: value });
  }
  return inputs.flatMap((input) => {
    const result = schema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  });
}

const schemas = Object.entries(schemaModules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([, value]) => isSchema(value))
    .map(([name, value]) => ({ name: `${file.replace(/^\//, "")} › ${name}`, schema: value as AnySchema })),
);

describe("every input schema answers in French", () => {
  it("finds the app's schemas", () => {
    expect(schemas.length).toBeGreaterThanOrEqual(15);
  });

  for (const { name, schema } of [...schemas, { name: "dashboardFilters", schema: dashboardFilters as AnySchema }]) {
    it(name, () => {
      const messages = [...new Set(messagesFor(schema))];
      expect(messages.filter((message) => ENGLISH.test(message) || RAW_LOCALE.test(message))).toEqual([]);
      expect(messages.every((message) => message.trim().length > 0)).toBe(true);
    });
  }

  it("words zod's own failures as instructions", () => {
    const message = (schema: AnySchema, input: unknown) =>
      schema.safeParse(input).error?.issues[0]?.message.replace(/\u202f/g, " ");
    expect(message(z.object({ name: z.string() }), {})).toBe("Ce champ est obligatoire.");
    expect(message(z.string(), 42)).toBe("Saisissez un texte.");
    expect(message(z.string().max(200), "x".repeat(201))).toBe("Saisissez au plus 200 caractères.");
    expect(message(z.array(z.string()).max(20), Array(21).fill("x"))).toBe("Indiquez au plus 20 éléments.");
    expect(message(z.number().max(2_147_483_647), 2 ** 31)).toBe(
      "Saisissez un nombre inférieur ou égal à 2 147 483 647.",
    );
    expect(message(z.enum(["asc", "desc"]), "up")).toBe("Choisissez une valeur parmi : asc, desc.");
    expect(message(z.strictObject({}), { extra: 1 })).toBe("Champ inconnu : extra. Retirez-le.");
  });
});
