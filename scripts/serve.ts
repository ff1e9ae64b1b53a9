// The HTTP server: Next.js's request handler behind a plain Node server, which
// - resolves the client's address from the socket (and from proxies the deployment trusts, see
//   lib/security/client-address.ts) into a header no client can set: Next.js hands route code
//   only headers, never the socket;
// - adds a Server-Timing header to every page response (database time, render time): Next.js has
//   no API for a page to set a response header (vercel/next.js#12382).
// - starts the background worker (scripts/worker.ts) as a child process, unless WORKER=off.
// `npm start`, `npm run dev` (with --dev) and the end-to-end tests run through it. HOSTNAME and
// PORT choose where it listens (as for `next start`).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { currentRequestTiming, runWithRequestTiming, serverTimingHeader } from "../lib/observability/server-timing";
import { proxyTrustFromEnv, withClientAddress } from "../lib/security/client-address";

// tsx turns source maps on for its own stack traces; left on, stacks taken while serving (a CPU
// profile of the dashboard showed them) are mapped through Next's bundles' source maps.
process.setSourceMapsEnabled(false);

const dev = process.argv.includes("--dev");
const hostname = process.env.HOSTNAME ?? (dev ? "localhost" : "0.0.0.0");
const port = Number(process.env.PORT ?? 3000);
// A misread proxy setting must stop the start, not silently trust every client.
const proxyTrust = proxyTrustFromEnv(process.env);
const app = next({ dev, turbopack: dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Sets the header at the last moment headers can change: when they are written. */
function addServerTimingOnWrite(response: ServerResponse): void {
  const timing = currentRequestTiming();
  if (!timing) return;
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (!this.headersSent) this.setHeader("Server-Timing", serverTimingHeader(timing));
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}

const server = createServer(
  withClientAddress(proxyTrust, (request, response) => {
    if (request.url?.startsWith("/_next/static/")) return void handle(request, response);
    runWithRequestTiming(() => {
      addServerTimingOnWrite(response);
      void handle(request, response);
    });
  }),
);
server.listen(port, hostname, () => {
  console.log(`TI Pilotage is listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});

/**
 * A process of its own rather than a worker in this one: Next.js bundles lib/ code for the
 * server, while the worker runs it as plain modules, and a stuck job never slows a page.
 */
function startWorkerProcess(): ChildProcess | null {
  if (process.env.WORKER === "off") {
    console.log("Background worker off on this instance (WORKER=off).");
    return null;
  }
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    stdio: "inherit",
  });
  child.on("exit", (code, signal) => {
    // Emails are still tried once in the request; only retries and scheduled jobs wait.
    if (!stopping)
      console.error(`[worker] stopped (${signal ?? `exit code ${code}`}): retries and scheduled jobs wait.`);
  });
  return child;
}

let stopping = false;
const worker = startWorkerProcess();
// The worker dies with the server, however the server ends.
process.on("exit", () => worker?.kill("SIGTERM"));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    const workerStopped =
      worker && worker.exitCode === null && worker.signalCode === null
        ? new Promise((resolve) => worker.once("exit", resolve))
        : Promise.resolve();
    worker?.kill("SIGTERM");
    server.close(() => void workerStopped.then(() => process.exit(0)));
  });
}
