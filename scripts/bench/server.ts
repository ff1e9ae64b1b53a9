// Starts the production build against a database, and signs users in the way a browser does
// (next-auth's credentials flow), so that the load runs with real session cookies.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { productionServerEnv } from "../app-instances";
import { BENCH_PASSWORD, benchUsers } from "./dataset";

export type RunningServer = { origin: string; stop: () => Promise<void> };

/**
 * `serve`: our production server (scripts/serve.ts, Server-Timing). `next-start`: Next.js's own
 * server, without our wrapper — the framework's floor, measured for reference.
 */
export async function startProductionServer(
  databaseUrl: string,
  port: number,
  server: "serve" | "next-start" = "serve",
): Promise<RunningServer> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(`${distDir}/BUILD_ID`)) throw new Error("No production build: run `npm run build` first.");
  const origin = `http://127.0.0.1:${port}`;
  const command =
    server === "serve"
      ? ["tsx", "scripts/serve.ts"]
      : ["next", "start", "--hostname", "127.0.0.1", "--port", String(port)];
  const child = spawn("npx", command, {
    stdio: ["ignore", "inherit", "inherit"],
    env: productionServerEnv({
      port,
      databaseUrl,
      publicUrl: origin,
      secret: randomBytes(32).toString("base64url"),
    }),
    detached: true,
  });
  try {
    await waitUntilServing(`${origin}/connexion`, child);
  } catch (error) {
    await stopProcessGroup(child);
    throw error;
  }
  return { origin, stop: () => stopProcessGroup(child) };
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${url} within a minute.`);
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
  });
}

/** Signs in each of the benchmark's users: their session cookies, by role. */
export async function signInBenchUsers(origin: string): Promise<Record<keyof typeof benchUsers, string>> {
  return {
    elu: await signIn(origin, benchUsers.elu.email, BENCH_PASSWORD),
    region: await signIn(origin, benchUsers.region.email, BENCH_PASSWORD),
    national: await signIn(origin, benchUsers.national.email, BENCH_PASSWORD),
  };
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header of the session. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrfResponse);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookies.join("; "),
      origin,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiePairs(response).find((pair) => pair.startsWith("ti-pilotage.session="));
  if (!session) throw new Error(`Could not sign in as ${email} (HTTP ${response.status}).`);
  return session;
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}
