import "server-only";
import { mailDeliveryQueue } from "@/lib/mail/delivery";
import { notificationJobs } from "@/lib/notifications/jobs";
import { enqueue, type QueueOptions } from "./queue";
import type { ScheduledJob } from "./types";
import type { QueueDefinition } from "./worker";

/** The one list of queues the worker serves: the mail retries and every scheduled job. */
export const scheduledJobs: ScheduledJob[] = [...notificationJobs];

/** A scheduled job's payload: the "now" it runs for (ISO 8601), else the time it runs. */
export type ScheduledRun = { now?: string };

// Scheduled jobs are idempotent (lib/jobs/types.ts): a failed run is simply run again.
const SCHEDULED_RETRIES: QueueOptions = { retryLimit: 3, retryDelay: 60, retryBackoff: true };

function scheduledQueue(job: ScheduledJob): QueueDefinition<ScheduledRun> {
  return {
    name: job.name,
    options: SCHEDULED_RETRIES,
    work: ({ data }) => job.run(data.now ? new Date(data.now) : new Date()),
  };
}

export function workerQueues(): QueueDefinition[] {
  return [mailDeliveryQueue(), ...scheduledJobs.map(scheduledQueue)];
}

/** Runs a scheduled job on the next free worker, for "now" or the given time (tests, operations). */
export async function enqueueNow(name: string, now?: Date): Promise<string> {
  if (!scheduledJobs.some((job) => job.name === name)) {
    throw new Error(`No scheduled job named ${name} (known: ${scheduledJobs.map((job) => job.name).join(", ")}).`);
  }
  const id = await enqueue(name, now ? { now: now.toISOString() } : {});
  if (!id) throw new Error(`The queue refused a run of ${name}.`);
  return id;
}
