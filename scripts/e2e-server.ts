// Serves the production build for Playwright on a fresh database (see lib/db/fresh-database.ts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createFreshDatabase } from "../lib/db/fresh-database";
import { prepareDatabase } from "../lib/db/prepare";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` before the end-to-end tests.");
  process.exit(1);
}

const port = process.env.E2E_PORT ?? "3100";
const database = await createFreshDatabase("e2e");
await prepareDatabase(database.url);

const server = spawn("next", ["start", "--hostname", "127.0.0.1", "--port", port], {
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
});
const shutdown = (signal: NodeJS.Signals) => server.kill(signal);
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
server.on("exit", async (code) => {
  await database.drop();
  process.exit(code ?? 0);
});
