import { setTimeout as sleep } from "node:timers/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTransport } from "nodemailer";
import type PgBoss from "pg-boss";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { closeQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { createFreshDatabase } from "@/scripts/db/fresh-database";
import { prepareDatabase } from "@/scripts/db/prepare";
import { refusingTransport } from "@/tests/mail";
import { mailDeliveryQueue, type DeliveryJob } from "./delivery";
import { createMailer, mailRetryPolicy } from "./send";

const message = { to: "pilote@example.fr", subject: "Rappel", text: "Bonjour" };

/** A run of the retry job as pg-boss hands it over (only the fields the queue reads). */
function run(emailId: string, retryCount: number, retryLimit: number) {
  return {
    id: "job",
    name: "mail.deliver",
    data: { emailId },
    retryCount,
    retryLimit,
  } as PgBoss.JobWithMetadata<DeliveryJob>;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("mailDeliveryQueue", () => {
  it("counts each failed try, asks for another, and gives the email up after the last", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const mailer = createMailer({
      smtpUrl: "smtp://127.0.0.1:2525",
      transport: refusingTransport,
      scheduleRetries: async () => {},
    });
    const email = await mailer.sendEmail(message);
    const queue = mailDeliveryQueue(mailer);

    await expect(queue.work(run(email.id, 0, 1))).rejects.toThrow(`delivery of outbox email ${email.id} failed`);
    const retried = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(retried).toMatchObject({ attempts: 2, failedAt: null, sentAt: null, error: expect.any(String) });

    await queue.work(run(email.id, 1, 1));
    const failed = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(failed).toMatchObject({ attempts: 3, sentAt: null, error: "connect ECONNREFUSED 127.0.0.1:2525" });
    expect(failed.failedAt).toBeInstanceOf(Date);

    // Given up: a stray run sends nothing more.
    await queue.work(run(email.id, 1, 1));
    expect(await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toEqual(failed);
  });

  it("records the delivery when a retry succeeds", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    let refuse = true;
    const transport = createTransport<null>({
      name: "flaky",
      version: "1.0.0",
      send: (_mail, callback) => (refuse ? callback(new Error("421 try later"), null) : callback(null, null)),
    });
    const mailer = createMailer({ smtpUrl: "smtp://x", transport: () => transport, scheduleRetries: async () => {} });
    const email = await mailer.sendEmail(message);
    refuse = false;

    await mailDeliveryQueue(mailer).work(run(email.id, 0, 4));

    const row = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(row).toMatchObject({ attempts: 2, error: null, failedAt: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });
});

describe("mailRetryPolicy", () => {
  it("reads MAIL_RETRY_LIMIT and MAIL_RETRY_DELAY_SECONDS, with defaults for unusable values", () => {
    expect(mailRetryPolicy({})).toEqual({ retries: 5, delaySeconds: 60 });
    expect(mailRetryPolicy({ MAIL_RETRY_LIMIT: "0", MAIL_RETRY_DELAY_SECONDS: "5" })).toEqual({
      retries: 0,
      delaySeconds: 5,
    });
    expect(mailRetryPolicy({ MAIL_RETRY_LIMIT: "deux", MAIL_RETRY_DELAY_SECONDS: "0.5" })).toEqual({
      retries: 5,
      delaySeconds: 60,
    });
  });
});

// pg-boss's own retries and backoff, on a real PostgreSQL and a database of this test's own.
describe.skipIf(!process.env.TEST_DATABASE_URL)("mail retries on the job queue", () => {
  it("tries again with backoff, then shows the email failed with its error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const database = await createFreshDatabase("mail_retries");
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
    let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
    try {
      await prepareDatabase(database.url);
      vi.stubEnv("DATABASE_URL", database.url);
      vi.stubEnv("MAIL_RETRY_LIMIT", "2");
      vi.stubEnv("MAIL_RETRY_DELAY_SECONDS", "1");
      const mailer = createMailer({ prisma, smtpUrl: "smtp://127.0.0.1:2525", transport: refusingTransport });
      worker = await startWorker({
        connectionString: database.url,
        queues: [mailDeliveryQueue(mailer)],
        scheduled: [],
        pollingIntervalSeconds: 0.5,
        log: () => {},
      });

      const email = await mailer.sendEmail(message);
      let row = email;
      for (let waited = 0; !row.failedAt && waited < 20_000; waited += 250) {
        await sleep(250);
        row = await prisma.outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
        // Before giving up, the outbox shows a retry to come, with the tries made so far.
        if (!row.failedAt) expect(row.attempts).toBeLessThanOrEqual(2);
      }
      expect(row).toMatchObject({ attempts: 3, sentAt: null, error: "connect ECONNREFUSED 127.0.0.1:2525" });
      expect(row.failedAt).toBeInstanceOf(Date);
      // The backoff waited at least the base delay before each retry.
      expect(row.failedAt!.getTime() - email.createdAt.getTime()).toBeGreaterThanOrEqual(2_000);
    } finally {
      await worker?.stop();
      await closeQueue();
      await prisma.$disconnect();
      await database.drop();
    }
  }, 60_000);
});
