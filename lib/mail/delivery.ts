import "server-only";
import type { QueueDefinition } from "@/lib/jobs/worker";
import { getDefaultMailer, MAIL_DELIVERY_QUEUE, type Mailer } from "./send";

export type DeliveryJob = { emailId: string };

/**
 * The retries of emails whose first try failed (scheduleRetries in ./send.ts). A failed try
 * throws so that pg-boss schedules the next one with its backoff; the job's last run gives the
 * email up, and the outbox shows it failed with its error.
 */
export function mailDeliveryQueue(mailer: Mailer = getDefaultMailer()): QueueDefinition<DeliveryJob> {
  return {
    name: MAIL_DELIVERY_QUEUE,
    async work(job) {
      const lastTry = job.retryCount >= job.retryLimit;
      const outcome = await mailer.retryDelivery(job.data.emailId, { lastTry });
      if (outcome === "failed") throw new Error(`delivery of outbox email ${job.data.emailId} failed`);
    },
  };
}
