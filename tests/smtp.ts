// A local SMTP server receiving what the tests send (smtp-server, from nodemailer's author).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type SmtpReceiver = {
  url: string;
  /** The Subject header of every message received, in order of arrival. */
  subjects(): string[];
  /** The envelope's recipients of every message received, in order of arrival. */
  recipients(): string[];
  close(): Promise<void>;
};

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: string[] = [];
  const recipients: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: no certificate to make up for STARTTLS.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      recipients.push(...session.envelope.rcptTo.map((address) => address.address));
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    recipients: () => [...recipients],
    subjects: () => received.map((raw) => /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? ""),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
