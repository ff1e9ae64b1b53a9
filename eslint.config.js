import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const outsideTheApp = ["./scripts", "./tests", "./e2e", "./prisma"];

/** Each zone: files in `target` may not import from `from`. */
const layerZones = [
  {
    target: "./lib",
    from: ["./app", "./components", ...outsideTheApp],
    message: "lib/ is the lowest layer: it serves routes and components and never imports them (docs/ARCHITECTURE.md).",
  },
  {
    target: "./components",
    from: ["./app", "./lib/db", "./lib/generated", ...outsideTheApp],
    message:
      "Components render what lib/ reads for them: no routes, no database, no Prisma types (docs/ARCHITECTURE.md).",
  },
  {
    target: ["./app", "./proxy.ts"],
    from: ["./lib/db", "./lib/generated", ...outsideTheApp],
    message: "Routes read and write through lib/<domain>, never the database directly (docs/ARCHITECTURE.md).",
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // Every schema uses the configured zod, so that every message it produces is French.
    ignores: ["lib/validation/zod.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message: 'Import z from "@/lib/validation/zod": it carries the French messages.',
            },
          ],
        },
      ],
    },
  },
  {
    // The layers of docs/ARCHITECTURE.md: routes (app/) → components/ → lib/<domain> → lib/db. An
    // import may go down, never up; only lib/ reaches the database; tooling and tests stay out of
    // what the app runs. Test files may reach their helpers in tests/.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: layerZones }],
      "import/no-cycle": ["error", { ignoreExternal: true, disableScc: true }],
    },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "public/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
