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

/** `count` élus, each sole pilot of an action of Axe Seine with its last point in June 2026 and its end passed. */
async function staleLateActions(prisma: PrismaClient, count: number) {
  const territory = await prisma.territory.findUniqueOrThrow({ where: { slug: "axe-seine" } });
  const lever = await prisma.lever.findFirstOrThrow({ orderBy: { position: "asc" } });
  const pilots = [];
  for (let index = 0; index < count; index++) {
    const pilot = await prisma.user.create({
      data: {
        email: `pilote-${index}-${randomBytes(4).toString("hex")}@exemple.fr`,
        name: `Pilote ${index}`,
        organisation: "Communauté urbaine",
        college: "ELU",
        memberships: { create: { territoryId: territory.id } },
      },
    });
    await prisma.action.create({
      data: {
        territoryId: territory.id,
        leverId: lever.id,
        title: `Action à relancer ${index}`,
        statusCode: "EN_COURS",
        progress: 30,
        plannedEndDate: new Date("2026-12-01"),
        carrierCollege: "INDUSTRIEL",
        carrierOrganisation: "UIMM",
        createdAt: new Date("2026-06-01T08:00:00Z"),
        pilots: { create: { userId: pilot.id } },
        progressUpdates: { create: { date: new Date("2026-06-01"), progress: 30, statusCode: "EN_COURS" } },
      },
    });
    pilots.push(pilot);
  }
  return pilots;
}

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

  // Both workers sign the reminders' unsubscribe links with the app's secret, as deployed.
  const workerEnv = () => ({ SMTP_URL: smtp.url, NEXTAUTH_SECRET: "secret-de-test-des-workers" });

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
    workers = await startWorkers(2, database.url, { ...workerEnv(), MAIL_RETRY_DELAY_SECONDS: "1" });
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
  // must complete, and every reminder go out once.
  it("completes every scheduled job enqueued three times for one instant, each reminder sent once", async () => {
    workers ??= await startWorkers(2, database.url, workerEnv());
    const now = new Date("2027-01-04T07:00:00+01:00");
    const pilots = await staleLateActions(prisma, 3);
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
    // Each pilot's action is both stale (no point for 90 days) and past its planned end: two
    // reminders each, whatever the six runs of the reminders job on two workers.
    for (const pilot of pilots) {
      const notifications = await prisma.notification.findMany({ where: { userId: pilot.id } });
      expect(notifications.map((notification) => notification.rule).sort()).toEqual([
        "action.endPassed",
        "action.stale",
      ]);
      const emails = await prisma.outboxEmail.findMany({ where: { to: pilot.email } });
      expect(emails).toHaveLength(2);
      expect(emails.every((email) => email.sentAt !== null)).toBe(true);
      expect(smtp.recipients().filter((recipient) => recipient === pilot.email)).toHaveLength(2);
    }
  }, 60_000);
});
