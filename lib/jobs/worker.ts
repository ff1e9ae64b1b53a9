import "server-only";
import type PgBoss from "pg-boss";
import { createBoss, ensureQueue, lendBoss, type QueueOptions } from "./queue";
import type { ScheduledJob } from "./types";

/** Cron expressions of scheduled jobs are read in the programme's time zone. */
export const SCHEDULE_TIME_ZONE = "Europe/Paris";

/** A queue the worker takes jobs from; a job that throws is retried by pg-boss (its options). */
export type QueueDefinition<T extends object = object> = {
  name: string;
  options?: QueueOptions;
  work(job: PgBoss.JobWithMetadata<T>): Promise<unknown>;
};

export type WorkerOptions = {
  connectionString: string;
  queues: QueueDefinition[];
  /** Each is scheduled on the queue of the same name, which `queues` must hold. */
  scheduled: ScheduledJob[];
  /** How often an idle worker looks for jobs (pg-boss's default: 2 s). */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
};

export type RunningWorker = { boss: PgBoss; stop(): Promise<void> };

/**
 * Starts pg-boss with maintenance and the cron clock, works every queue and writes the schedules.
 * Any number of workers may run on one database: a job is fetched by one of them only
 * (`FOR UPDATE SKIP LOCKED`), and a cron tick is turned into one job only (see README).
 */
export async function startWorker({
  connectionString,
  queues,
  scheduled,
  pollingIntervalSeconds = 2,
  log = console.log,
}: WorkerOptions): Promise<RunningWorker> {
  const unserved = scheduled.filter((job) => !queues.some((queue) => queue.name === job.name));
  if (unserved.length) throw new Error(`No queue serves the scheduled ${unserved.map((job) => job.name).join(", ")}.`);
  const boss = createBoss(connectionString, { worker: true });
  await boss.start();
  lendBoss(boss);
  for (const queue of queues) {
    await ensureQueue(boss, queue.name, queue.options ?? {});
    await boss.work<object>(
      queue.name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds },
      async ([job]) => {
        if (!job) return;
        try {
          await queue.work(job);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`${queue.name} ${job.id} failed (try ${job.retryCount + 1} of ${job.retryLimit + 1}): ${message}`);
          throw error;
        }
      },
    );
  }
  await writeSchedules(boss, scheduled);
  log(`working ${queues.map((queue) => queue.name).join(", ")}`);
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}

/** Schedules every job, and drops the schedules of jobs no longer in the list. */
async function writeSchedules(boss: PgBoss, scheduled: ScheduledJob[]): Promise<void> {
  for (const job of scheduled) {
    await boss.schedule(job.name, job.cron, {}, { tz: SCHEDULE_TIME_ZONE });
  }
  const names = new Set(scheduled.map((job) => job.name));
  for (const { name } of await boss.getSchedules()) {
    if (!names.has(name)) await boss.unschedule(name);
  }
}
