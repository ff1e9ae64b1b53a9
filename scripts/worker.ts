// The background worker: mail retries and the scheduled jobs of lib/jobs/registry.ts, on the job
// queue kept in PostgreSQL (pg-boss). `npm start` and `npm run dev` run it as a child process
// (scripts/serve.ts) unless WORKER=off; `npm run worker` runs it alone for deployments that keep
// it apart. Runs under `tsx --conditions=react-server`: lib/ code imports "server-only".
//   --run <job> [--now <ISO date>]   runs one scheduled job now, waits for it, then exits
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { resolveAuthSecret } from "../lib/auth/secret";
import { isEmbeddedUrl } from "../lib/db/embedded-url";
import { enqueueNow, scheduledJobs, workerQueues } from "../lib/jobs/registry";
import { startWorker } from "../lib/jobs/worker";

const log = (line: string) => console.log(`[worker] ${line}`);

const { values } = parseArgs({ options: { run: { type: "string" }, now: { type: "string" } } });
const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("[worker] DATABASE_URL is not set: run the worker through `npm start` or `npm run dev`, or set it.");
  process.exit(2);
}
// Reminders and digests carry signed unsubscribe links: a worker without the app's secret would
// fail every run, so it refuses to start instead.
try {
  resolveAuthSecret(process.env);
} catch (error) {
  console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
if (values.run && !scheduledJobs.some((job) => job.name === values.run)) {
  const known = scheduledJobs.map((job) => job.name).join(", ") || "none yet";
  console.error(`[worker] no scheduled job named ${values.run} (known: ${known}).`);
  process.exit(2);
}
const now = values.now ? new Date(values.now) : undefined;
if (now && Number.isNaN(now.getTime())) {
  console.error(`[worker] --now ${values.now} is not a date.`);
  process.exit(2);
}
if (isEmbeddedUrl(connectionString)) log("on the embedded database (development only: one worker)");

const worker = await startWorker({
  connectionString,
  queues: workerQueues(),
  scheduled: scheduledJobs,
  pollingIntervalSeconds: Number(process.env.WORKER_POLLING_SECONDS || 2),
  log,
});

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Jobs in progress get pg-boss's grace period (30 s) before they are failed (and retried).
    await worker.stop();
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));

if (values.run) {
  const id = await enqueueNow(values.run, now);
  log(`${values.run} ${id} enqueued`);
  for (;;) {
    const job = await worker.boss.getJobById(values.run, id, { includeArchive: true });
    if (job?.state === "completed") await stop(0);
    if (job?.state === "failed" || job?.state === "cancelled") await stop(1);
    await sleep(500);
  }
}
