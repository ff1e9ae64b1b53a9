// Several production instances of the app on one database, behind the reverse proxy of
// deploy/Caddyfile — what docker-compose.yml runs, on local ports, with Debian's `caddy`. Used by
// `npm run bench -- --instances N` and the end-to-end test e2e/service/two-instances.spec.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type RunningProcess = {
  origin: string;
  pid: number;
  /** What it printed so far (kept to explain a failure). */
  output(): string;
  stop(): Promise<void>;
};

export type AppInstancesOptions = {
  ports: number[];
  databaseUrl: string;
  /** NEXTAUTH_URL: the URL browsers use, the proxy's. */
  publicUrl: string;
  /** NEXTAUTH_SECRET, the same on every instance: any of them reads the others' session cookies. */
  secret: string;
  /** Added to the instances' environment (TRUSTED_PROXIES, ...). */
  env?: Record<string, string>;
};

const READY_TIMEOUT_MS = 120_000;

function collectOutput(child: ChildProcess): () => string {
  let output = "";
  const keep = (chunk: Buffer) => {
    // The last 64 kB are enough to explain a failed start.
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => output;
}

/** SIGTERM, then SIGKILL if it has not exited within 15 s: a test or a benchmark leaves nothing running. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  let spawnError: Error | undefined;
  child.once("error", (error) => (spawnError = error));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnError) throw spawnError;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${url}: the process exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** The environment of a production server on 127.0.0.1 (here and in the benchmark's server). */
export function productionServerEnv(options: {
  port: number;
  databaseUrl: string;
  publicUrl: string;
  secret: string;
}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    HOSTNAME: "127.0.0.1",
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_URL: options.publicUrl,
    NEXTAUTH_SECRET: options.secret,
  };
}

/**
 * Starts one instance per port the way `npm start` does (scripts/with-database.ts: migrations and
 * reference data, then scripts/serve.ts), all at once, and resolves when every one serves. No
 * background worker: a deployment runs it once, apart (docker-compose.yml's `worker`).
 */
export async function startAppInstances(options: AppInstancesOptions): Promise<RunningProcess[]> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(`${distDir}/BUILD_ID`)) throw new Error("No production build: run `npm run build` first.");
  const tsx = [process.execPath, "--import", "tsx"];
  const started = options.ports.map((port) => {
    const child = spawn(tsx[0]!, [...tsx.slice(1), "scripts/with-database.ts", ...tsx, "scripts/serve.ts"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...productionServerEnv({
          port,
          databaseUrl: options.databaseUrl,
          publicUrl: options.publicUrl,
          secret: options.secret,
        }),
        WORKER: "off",
        ...options.env,
      },
    });
    const output = collectOutput(child);
    const origin = `http://127.0.0.1:${port}`;
    const instance: RunningProcess = { origin, pid: child.pid!, output, stop: () => stopChild(child) };
    return { instance, ready: waitUntilAnswering(`${origin}/sante`, child, output) };
  });
  const results = await Promise.allSettled(started.map(({ ready }) => ready));
  const failure = results.find((result) => result.status === "rejected");
  if (failure) {
    await Promise.all(started.map(({ instance }) => instance.stop()));
    throw failure.reason;
  }
  return started.map(({ instance }) => instance);
}

/**
 * Caddy with deploy/Caddyfile on 127.0.0.1:`port`, spreading requests over `upstreams`
 * (host:port). CADDY_PATH names the binary, else `caddy` on the PATH (Debian's package).
 */
export async function startReverseProxy(options: { port: number; upstreams: string[] }): Promise<RunningProcess> {
  // Caddy writes its state (autosaved configuration, instance id) under XDG directories: a
  // temporary one, removed when it stops.
  const stateDir = mkdtempSync(path.join(tmpdir(), "ti-pilotage-caddy-"));
  const child = spawn(
    process.env.CADDY_PATH || "caddy",
    ["run", "--config", path.resolve("deploy/Caddyfile"), "--adapter", "caddyfile"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        SITE_ADDRESS: `http://127.0.0.1:${options.port}`,
        APP_UPSTREAMS: options.upstreams.join(" "),
        XDG_CONFIG_HOME: stateDir,
        XDG_DATA_HOME: stateDir,
      },
    },
  );
  const output = collectOutput(child);
  const origin = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(`${origin}/sante`, child, output);
  } catch (error) {
    await stop();
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("Caddy is not installed: apt-get install caddy (Debian's package), or set CADDY_PATH.");
    }
    throw error;
  }
  return { origin, pid: child.pid!, output, stop };
}
