import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createMailer } from "@/lib/mail/send";
import { createFreshDatabase, type FreshDatabase } from "@/scripts/db/fresh-database";
import { prepareDatabase } from "@/scripts/db/prepare";
import { refusingTransport } from "@/tests/mail";
import { startSmtpReceiver, type SmtpReceiver } from "@/tests/smtp";
import { startWorkers, waitForIdle, type Workers } from "@/tests/workers";
import { closeQueue } from "./queue";
import { enqueueNow, scheduledJobs } from "./registry";

// Two worker processes on one database need a real PostgreSQL (the embedded PGlite serves every
// connection in one session); each run gets a database of its own, dropped at the end.
describe.skipIf(!process.env.TEST_DATABASE_URL)("two worker processes on one database", () => {
  let database: FreshDatabase;
  let prisma: PrismaClient;
  let smtp: SmtpReceiver;
  let workers: Workers | undefined;

  beforeAll(async () => {
    database = await createFreshDatabase("jobs");
    await prepareDatabase(database.url);
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
    smtp = await startSmtpReceiver();
    // The retries this process enqueues go to the test's database, one second apart.
    vi.stubEnv("DATABASE_URL", database.url);
    vi.stubEnv("MAIL_RETRY_DELAY_SECONDS", "1");
    vi.stubEnv("MAIL_RETRY_LIMIT", "3");
    vi.spyOn(console, "error").mockImplementation(() => {});
  }, 120_000);

  afterAll(async () => {
    await workers?.stop();
    await closeQueue();
    await prisma?.$disconnect();
    await smtp?.close();
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await database?.drop();
  });

  it("delivers every email whose first try failed exactly once", async () => {
    workers = await startWorkers(2, database.url, { SMTP_URL: smtp.url, MAIL_RETRY_DELAY_SECONDS: "1" });
    // The first try, in "the request", fails: each email becomes one retry job.
    const mailer = createMailer({ prisma, smtpUrl: "smtp://127.0.0.1:2525", transport: refusingTransport });
    const subjects = Array.from({ length: 20 }, (_, index) => `Relance ${index} ${randomBytes(4).toString("hex")}`);
    const emails = await Promise.all(
      subjects.map((subject) => mailer.sendEmail({ to: "pilote@example.fr", subject, text: "Bonjour" })),
    );
    expect(emails.every((email) => email.attempts === 1 && email.error)).toBe(true);

    await waitForIdle(database.url);

    expect(smtp.subjects().sort()).toEqual([...subjects].sort());
    const rows = await prisma.outboxEmail.findMany({ where: { id: { in: emails.map((email) => email.id) } } });
    for (const row of rows) {
      expect(row).toMatchObject({ error: null, failedAt: null, attempts: 2 });
      expect(row.sentAt).toBeInstanceOf(Date);
    }
    // Two processes really competed for these jobs.
    expect(workers.output()).toContain("#1 [worker] working");
    expect(workers.output()).toContain("#2 [worker] working");
  }, 60_000);

  // Two workers may run the same tick (a retry, an operator's --run beside the cron): each run
  // must complete. Reminder rules add here what they send, e.g. that every reminder went out once.
  it("completes every scheduled job enqueued three times for one instant", async () => {
    workers ??= await startWorkers(2, database.url, { SMTP_URL: smtp.url });
    const now = new Date("2027-01-04T07:00:00+01:00");
    const ids: string[] = [];
    for (const job of scheduledJobs) {
      for (let run = 0; run < 3; run++) ids.push(await enqueueNow(job.name, now));
    }

    await waitForIdle(database.url);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string }>(
        "SELECT state FROM pgboss.job WHERE id = ANY($1::uuid[])",
        [ids],
      );
      expect(rows.map((row) => row.state)).toEqual(ids.map(() => "completed"));
    } finally {
      await client.end();
    }
  }, 60_000);
});
