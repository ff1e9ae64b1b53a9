import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { getPrisma } from "@/lib/db";
import { enqueue } from "@/lib/jobs/queue";
import type { OutboxEmail, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_MAIL_FROM = "TI Pilotage <ne-pas-repondre@ti-pilotage.beta.gouv.fr>";

/** A text file sent with an email (a calendar invitation), kept on the outbox row. */
export type EmailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  /** An HTML part beside the plain-text one. */
  html?: string | null;
  /** Extra headers, e.g. RFC 8058's List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
  /** Whose action sends it: they may read it in their outbox while no mail server delivers it. */
  sentById?: string | null;
};
/** The files kept on an outbox row (a séance's calendar invitation). */
export function attachmentsOf(email: Pick<OutboxEmail, "attachments">): EmailAttachment[] {
  return Array.isArray(email.attachments) ? (email.attachments as EmailAttachment[]) : [];
}

/** The extra headers kept on an outbox row (List-Unsubscribe). */
export function headersOf(email: Pick<OutboxEmail, "headers">): Record<string, string> {
  const headers = email.headers;
  return headers && typeof headers === "object" && !Array.isArray(headers) ? (headers as Record<string, string>) : {};
}

/** What a retry did: "failed" asks the queue for another try; "gave-up" was the last one. */
export type RetryOutcome = "sent" | "failed" | "gave-up" | "nothing-to-do";

export type OutboxPage = { take?: number; skip?: number; where?: Prisma.OutboxEmailWhereInput };

export type Mailer = {
  /**
   * Records the email in the outbox, then delivers it when SMTP is configured. An SMTP failure is
   * logged and kept on the outbox row, never thrown, and the job queue tries again later (see
   * lib/mail/delivery.ts): the email stays readable by the administrator, who can forward it.
   */
  sendEmail(email: OutgoingEmail): Promise<OutboxEmail>;
  /**
   * One more try at an email not yet sent nor given up (the queue's retries). On `lastTry`, a
   * failure gives the email up (`failedAt`). Null when the row is gone.
   */
  retryDelivery(id: string, options: { lastTry: boolean }): Promise<RetryOutcome>;
  /** Newest first. */
  listOutbox(page?: OutboxPage): Promise<OutboxEmail[]>;
};

export type MailerOptions = {
  /** Defaults to `getPrisma()`. */
  prisma?: PrismaClient;
  /** Defaults to `SMTP_URL`, e.g. `smtp://user:pass@host:587`; without one, emails only go to the outbox. */
  smtpUrl?: string;
  /** Defaults to `MAIL_FROM`, then {@link DEFAULT_MAIL_FROM}. */
  from?: string;
  /** Builds the transport for the SMTP URL, once, on the first email; tests pass an in-memory one. */
  transport?: (smtpUrl: string) => Transporter;
  /** Called after a failed first try; defaults to {@link scheduleRetries}. */
  scheduleRetries?: (email: OutboxEmail) => Promise<unknown>;
};

export const MAIL_DELIVERY_QUEUE = "mail.deliver";

/** Retries after the first try (`MAIL_RETRY_LIMIT`, 5) and their base delay (`MAIL_RETRY_DELAY_SECONDS`, 60). */
export function mailRetryPolicy(env: Record<string, string | undefined> = process.env): {
  retries: number;
  delaySeconds: number;
} {
  const retries = Number(env.MAIL_RETRY_LIMIT || 5);
  const delaySeconds = Number(env.MAIL_RETRY_DELAY_SECONDS || 60);
  return {
    retries: Number.isInteger(retries) && retries >= 0 ? retries : 5,
    delaySeconds: Number.isInteger(delaySeconds) && delaySeconds >= 1 ? delaySeconds : 60,
  };
}

/**
 * Hands the email to the job queue: one job whose runs are the retries, spaced by pg-boss's
 * exponential backoff (about delay × 2^n, with jitter). Its first run waits one delay too.
 */
export async function scheduleRetries(email: Pick<OutboxEmail, "id">): Promise<void> {
  const { retries, delaySeconds } = mailRetryPolicy();
  if (retries === 0) return;
  await enqueue(
    MAIL_DELIVERY_QUEUE,
    { emailId: email.id },
    { startAfter: delaySeconds, retryLimit: retries - 1, retryDelay: delaySeconds, retryBackoff: true },
  );
}

const MAX_OUTBOX_PAGE = 200;
const MAX_ERROR_LENGTH = 1_000;

/**
 * nodemailer waits up to 10 minutes on a silent server by default, and emails are sent while the
 * user waits for their page: give up sooner. Query parameters of the URL still override these.
 */
export function smtpTransport(smtpUrl: string): Transporter {
  return createTransport(
    new SMTPTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
  );
}

function clampInteger(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), min), max) : min;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}

export function createMailer(options: MailerOptions = {}): Mailer {
  const prisma = () => options.prisma ?? getPrisma();
  let transporter: Transporter | null | undefined;

  // Environment read on first use, not at import, so that `next build` and tests need no SMTP.
  function getTransporter(): Transporter | null {
    if (transporter !== undefined) return transporter;
    const smtpUrl = options.smtpUrl ?? process.env.SMTP_URL;
    transporter = smtpUrl ? (options.transport ?? smtpTransport)(smtpUrl) : null;
    return transporter;
  }

  /** One try: the row's new delivery fields, or null without SMTP (the email just waits). */
  async function attempt(email: OutboxEmail): Promise<{ sentAt: Date | null; error: string | null } | null> {
    try {
      const transport = getTransporter();
      if (!transport) return null;
      await transport.sendMail({
        from: options.from ?? (process.env.MAIL_FROM || DEFAULT_MAIL_FROM),
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        headers: headersOf(email),
        attachments: attachmentsOf(email),
      });
      return { sentAt: new Date(), error: null };
    } catch (failure) {
      const error = errorMessage(failure);
      // The recipient is personal data: the outbox id is enough to find the email.
      console.error(`[mail] SMTP delivery of outbox email ${email.id} failed: ${error}`);
      return { sentAt: null, error };
    }
  }

  async function record(email: OutboxEmail, outcome: { sentAt: Date | null; error: string | null }, failed = false) {
    return prisma().outboxEmail.update({
      where: { id: email.id },
      data: { ...outcome, attempts: { increment: 1 }, failedAt: failed ? new Date() : null },
    });
  }

  return {
    async sendEmail({ to, subject, text, html, headers = {}, sentById, attachments = [] }) {
      const email = await prisma().outboxEmail.create({
        data: { to, subject, text, html: html ?? null, headers, sentById: sentById ?? null, attachments },
      });
      const outcome = await attempt(email);
      if (!outcome) return email;
      const tried = await record(email, outcome);
      if (tried.error) {
        // The queue may be unreachable too: the email keeps its error and the page still answers.
        await (options.scheduleRetries ?? scheduleRetries)(tried).catch((error: unknown) => {
          console.error(`[mail] could not schedule retries of outbox email ${email.id}: ${errorMessage(error)}`);
        });
      }
      return tried;
    },

    async retryDelivery(id, { lastTry }) {
      const email = await prisma().outboxEmail.findUnique({ where: { id } });
      // Already delivered or given up: a job run twice (a worker stopped mid-run) sends nothing.
      // Without SMTP any more, the email waits in the outbox like every other.
      if (!email || email.sentAt || email.failedAt) return "nothing-to-do";
      const outcome = await attempt(email);
      if (!outcome) return "nothing-to-do";
      await record(email, outcome, Boolean(outcome.error) && lastTry);
      return !outcome.error ? "sent" : lastTry ? "gave-up" : "failed";
    },

    listOutbox({ take = 50, skip = 0, where = {} } = {}) {
      return prisma().outboxEmail.findMany({
        where,
        // Rows created in the same millisecond still come in a stable order across pages.
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: clampInteger(take, 1, MAX_OUTBOX_PAGE),
        skip: clampInteger(skip, 0, Number.MAX_SAFE_INTEGER),
      });
    },
  };
}

let defaultMailer: Mailer | undefined;

export function getDefaultMailer(): Mailer {
  defaultMailer ??= createMailer();
  return defaultMailer;
}

export function sendEmail(email: OutgoingEmail): Promise<OutboxEmail> {
  return getDefaultMailer().sendEmail(email);
}

export function listOutbox(page?: OutboxPage): Promise<OutboxEmail[]> {
  return getDefaultMailer().listOutbox(page);
}
