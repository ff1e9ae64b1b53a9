import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { createTransport, type Transporter } from "nodemailer";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { refusingTransport } from "@/tests/mail";
import { createMailer, DEFAULT_MAIL_FROM, listOutbox, sendEmail, smtpTransport } from "./send";

function recipient(): string {
  return `destinataire.${randomBytes(6).toString("hex")}@example.fr`;
}

function message(to = recipient()) {
  return { to, subject: "Votre accès à TI Pilotage", text: "Bonjour,\n\nVoici votre lien : https://exemple.fr/x" };
}

/** A transport that keeps what it "sends", as nodemailer's JSON transport renders it. */
function jsonSink() {
  const sent: { from: { address: string; name: string }; to: { address: string }[]; subject: string; text: string }[] =
    [];
  const transporter = createTransport({ jsonTransport: true });
  const sendMail = transporter.sendMail.bind(transporter);
  vi.spyOn(transporter, "sendMail").mockImplementation(async (mail) => {
    const info = await sendMail(mail);
    sent.push(JSON.parse(info.message));
    return info;
  });
  return { transporter: transporter as unknown as Transporter, sent };
}

// A developer's SMTP_URL must never turn a test run into real emails.
beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("sendEmail", () => {
  it("keeps the email in the outbox, unsent, when no SMTP server is configured", async () => {
    const transport = vi.fn(() => jsonSink().transporter);
    const email = message();

    const stored = await createMailer({ transport }).sendEmail(email);

    expect(transport).not.toHaveBeenCalled();
    const row = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ ...email, sentAt: null, error: null, attempts: 0 });
  });

  it("sends through SMTP when SMTP_URL is set and records the delivery", async () => {
    vi.stubEnv("SMTP_URL", "smtp://utilisateur:secret@localhost:2525");
    vi.stubEnv("MAIL_FROM", "");
    const sink = jsonSink();
    const transport = vi.fn(() => sink.transporter);
    const mailer = createMailer({ transport });
    const email = message();

    const stored = await mailer.sendEmail(email);
    await mailer.sendEmail(message());

    expect(transport).toHaveBeenCalledTimes(1);
    expect(transport).toHaveBeenCalledWith("smtp://utilisateur:secret@localhost:2525");
    expect(sink.sent[0]).toMatchObject({
      from: { address: "ne-pas-repondre@ti-pilotage.beta.gouv.fr", name: "TI Pilotage" },
      to: [{ address: email.to }],
      subject: email.subject,
      text: email.text,
    });
    const row = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({ error: null, attempts: 1, failedAt: null });
    expect(DEFAULT_MAIL_FROM).toBe("TI Pilotage <ne-pas-repondre@ti-pilotage.beta.gouv.fr>");
  });

  it("uses MAIL_FROM when it is set", async () => {
    vi.stubEnv("MAIL_FROM", "Équipe TI <contact@exemple.fr>");
    const sink = jsonSink();
    await createMailer({ smtpUrl: "smtp://localhost:2525", transport: () => sink.transporter }).sendEmail(message());
    expect(sink.sent[0]?.from).toEqual({ address: "contact@exemple.fr", name: "Équipe TI" });
  });

  it("keeps the error on the outbox row, does not throw and schedules retries when delivery fails", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const scheduleRetries = vi.fn(async () => {});
    const email = message();

    const stored = await createMailer({
      smtpUrl: "smtp://localhost:2525",
      transport: refusingTransport,
      scheduleRetries,
    }).sendEmail(email);

    const row = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({
      ...email,
      sentAt: null,
      error: "connect ECONNREFUSED 127.0.0.1:2525",
      attempts: 1,
      failedAt: null,
    });
    expect(stored.error).toBe(row.error);
    expect(scheduleRetries).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: stored.id }));
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).not.toContain(email.to);
  });

  it("keeps the email when its retries cannot be scheduled", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const stored = await createMailer({
      smtpUrl: "smtp://localhost:2525",
      transport: refusingTransport,
      scheduleRetries: async () => {
        throw new Error("queue unreachable");
      },
    }).sendEmail(message());
    expect(stored).toMatchObject({ sentAt: null, attempts: 1, failedAt: null });
    expect(log).toHaveBeenLastCalledWith(
      `[mail] could not schedule retries of outbox email ${stored.id}: queue unreachable`,
    );
  });

  it("records the error when the SMTP URL cannot be used", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const stored = await createMailer({
      smtpUrl: "smtp://localhost:2525",
      scheduleRetries: async () => {},
      transport: () => {
        throw new Error("Invalid SMTP configuration");
      },
    }).sendEmail(message());
    expect(stored).toMatchObject({ sentAt: null, error: "Invalid SMTP configuration" });
  });

  it("has a default mailer reading the environment", async () => {
    const email = message();
    const stored = await sendEmail(email);
    expect(stored).toMatchObject({ ...email, sentAt: null });
  });
});

describe("smtpTransport", () => {
  it("reads host, port and credentials from the URL and bounds the waits", () => {
    const transporter = smtpTransport("smtp://utilisateur:mot%40passe@smtp.exemple.fr:587?socketTimeout=5000");
    const options = (transporter.transporter as unknown as { options: Record<string, unknown> }).options;
    expect(options).toMatchObject({
      host: "smtp.exemple.fr",
      port: 587,
      secure: false,
      auth: { user: "utilisateur", pass: "mot@passe" },
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 5_000,
    });
    transporter.close();
  });
});

describe("listOutbox", () => {
  it("lists the newest emails first, by page", async () => {
    const recipients = [recipient(), recipient(), recipient()];
    for (const to of recipients) {
      await sendEmail(message(to));
      // Distinct creation times: they are stored to the millisecond.
      await sleep(5);
    }

    // Other test files write to the same outbox: keep only this test's emails.
    const ours = (await listOutbox({ take: 200 })).filter((email) => recipients.includes(email.to));
    expect(ours.map((email) => email.to)).toEqual([...recipients].reverse());

    const newest = await listOutbox({ take: 1, skip: 0 });
    expect(newest).toHaveLength(1);
    expect(newest[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(ours[0]!.createdAt.getTime());
  });
});
