import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { getPrisma } from "@/lib/db";
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

export type OutboxPage = { take?: number; skip?: number; where?: Prisma.OutboxEmailWhereInput };

export type Mailer = {
  /**
   * Records the email in the outbox, then delivers it when SMTP is configured. An SMTP failure is
   * logged and kept on the outbox row, never thrown: the email stays readable by the
   * administrator, who can forward it.
   */
  sendEmail(email: OutgoingEmail): Promise<OutboxEmail>;
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
};

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

  async function deliver(email: OutboxEmail): Promise<OutboxEmail> {
    let sentAt: Date | null = null;
    let error: string | null = null;
    try {
      const transport = getTransporter();
      if (!transport) return email;
      await transport.sendMail({
        from: options.from ?? (process.env.MAIL_FROM || DEFAULT_MAIL_FROM),
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        headers: headersOf(email),
        attachments: attachmentsOf(email),
      });
      sentAt = new Date();
    } catch (failure) {
      error = errorMessage(failure);
      // The recipient is personal data: the outbox id is enough to find the email.
      console.error(`[mail] SMTP delivery of outbox email ${email.id} failed: ${error}`);
    }
    return prisma().outboxEmail.update({ where: { id: email.id }, data: { sentAt, error } });
  }

  return {
    async sendEmail({ to, subject, text, html, headers = {}, sentById, attachments = [] }) {
      const email = await prisma().outboxEmail.create({
        data: { to, subject, text, html: html ?? null, headers, sentById: sentById ?? null, attachments },
      });
      return deliver(email);
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

function getDefaultMailer(): Mailer {
  defaultMailer ??= createMailer();
  return defaultMailer;
}

export function sendEmail(email: OutgoingEmail): Promise<OutboxEmail> {
  return getDefaultMailer().sendEmail(email);
}

export function listOutbox(page?: OutboxPage): Promise<OutboxEmail[]> {
  return getDefaultMailer().listOutbox(page);
}
