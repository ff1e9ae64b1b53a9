// Serves the production build for Playwright on a fresh database (see scripts/db/fresh-database.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createFreshDatabase } from "./db/fresh-database";
import { prepareDatabase } from "./db/prepare";
import { proConnectLocalEnv, startProConnectLocal } from "./proconnect-local";

if (!existsSync(`${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`)) {
  console.error("No production build found: run `npm run build` before the end-to-end tests.");
  process.exit(1);
}

const port = process.env.E2E_PORT ?? "3100";
const database = await createFreshDatabase("e2e");
await prepareDatabase(database.url, { demo: true });
// A local ProConnect (scripts/proconnect-local.ts) on a free port, on 127.0.0.1 like the app: the
// state and nonce cookies set when leaving must be sent back on the return, same host.
const appUrl = `http://127.0.0.1:${port}`;
const proConnect = await startProConnectLocal({ port: 0, appUrl });

const server = spawn("tsx", ["scripts/serve.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    HOSTNAME: "127.0.0.1",
    PORT: port,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: appUrl,
    ...proConnectLocalEnv(proConnect),
    // playwright.config.ts chooses it, so that tests can sign unsubscribe links too.
    NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET || randomBytes(32).toString("base64url"),
    // No background worker: a cron tick (a reminder, the digest) landing mid-test would add emails
    // and notifications the journeys do not expect. Workers are tested in lib/jobs/workers.test.ts.
    WORKER: "off",
  },
});
// Playwright stops us with SIGTERM (playwright.config.ts): stop the app and the local ProConnect,
// then drop the database this run created, so that no `ti_e2e_*` database outlives its run.
let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  stopping = true;
  server.kill(signal);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
server.on("exit", async (code) => {
  await proConnect.close();
  await database.drop();
  process.exit(stopping ? 0 : (code ?? 0));
});
