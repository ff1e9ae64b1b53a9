import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import rules of docs/ARCHITECTURE.md, checked by ESLint in `npm test` (eslint.config.js):
// these deliberate violations must be refused, and the allowed directions must pass.

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe("import rules", () => {
  it.each([
    ["lib imports a component", "lib/dashboard/probe.ts", 'import { Chart } from "@/components/ui/chart";'],
    ["lib imports a route", "lib/api/probe.ts", 'import { GET } from "@/app/api/v1/openapi.json/route";'],
    [
      "lib imports the tooling",
      "lib/db/probe.ts",
      'import { createFreshDatabase } from "@/scripts/db/fresh-database";',
    ],
    ["a component reads the database", "components/ui/probe.tsx", 'import { getPrisma } from "@/lib/db";'],
    ["a component reads it by a relative path", "components/ui/probe.tsx", 'import { getPrisma } from "../../lib/db";'],
    [
      "a component takes a Prisma type",
      "components/ui/probe.tsx",
      'import { Action } from "@/lib/generated/prisma/client";',
    ],
    ["a route reads the database", "app/probe/page.tsx", 'import { getPrisma } from "@/lib/db";'],
  ])("refuses an upward or layer-skipping import: %s", async (_case, filePath, importLine) => {
    const name = /import \{ (\w+) \}/.exec(importLine)![1];
    expect(await ruleIdsFor(filePath, `${importLine}\nexport const probe = ${name};\n`)).toContain(
      "import/no-restricted-paths",
    );
  });

  it("refuses an import circle", async () => {
    // lib/auth/session-claims.ts imports this file: importing it back would close a circle.
    const code =
      'import { readSessionClaims } from "@/lib/auth/session-claims";\nexport const probe = readSessionClaims;\n';
    expect(await ruleIdsFor("lib/api-tokens/verify.ts", code)).toContain("import/no-cycle");
  });

  it.each([
    ["a route uses a component and lib", "app/probe/page.tsx", ["@/components/ui/chart", "@/lib/dates"]],
    ["a component uses lib", "components/ui/probe.tsx", ["@/lib/format"]],
    ["lib reads the database", "lib/dashboard/probe.ts", ["@/lib/db"]],
  ])("accepts a downward import: %s", async (_case, filePath, modules) => {
    const code = modules.map(
      (module, index) => `import * as m${index} from "${module}";\nexport const p${index} = m${index};\n`,
    );
    expect(await ruleIdsFor(filePath, code.join(""))).toEqual([]);
  });
});
