import { createTransport, type Transporter } from "nodemailer";

/** A transport whose every send fails as an unreachable SMTP server would. */
export function refusingTransport(): Transporter {
  return createTransport<null>({
    name: "refusing",
    version: "1.0.0",
    send: (_mail, callback) => callback(new Error("connect ECONNREFUSED 127.0.0.1:2525"), null),
  });
}
