import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;
// The e2e server's auth secret, chosen here so that tests can sign what an e-mail would carry (an
// unsubscribe link): workers inherit the runner's environment, so all share the one value.
process.env.E2E_NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

// Playwright's own browser download cannot work offline: use Debian's Chromium when present.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // Two shared cores, a production server and Chromium: give slow first renders room, never retries.
  // A test that checks accessibility runs axe at three widths: a minute per test.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    locale: "fr-FR",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `${baseURL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: port, E2E_NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET },
    // Playwright's default is SIGKILL, which left the server no time to drop its fresh database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
