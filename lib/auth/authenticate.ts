import "server-only";
import { getPrisma } from "@/lib/db";
import { emailAddress } from "@/lib/users/schemas";
import { hashPassword, verifyPassword } from "./password";
import { loginThrottle } from "./login-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Verifying against a real hash when the account does not exist keeps the response time the
// same, so timing does not tell which emails have an account.
let decoyHash: Promise<string> | undefined;
function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword("ti-pilotage decoy password, never valid");
  return decoyHash;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Sign-in goes through next-auth, not a zod-parsed mutation: its two fields are judged here. An
// address no account can have, or a password longer than any we accept, is a wrong guess like any
// other (counted, same answer), and never reaches the database or argon2 as it is.
const MAX_PASSWORD_INPUT = 1000;
const NOT_AN_EMAIL = "(adresse invalide)";

function signInEmail(raw: string): string {
  const email = normalizeEmail(raw);
  return emailAddress.safeParse(email).success ? email : NOT_AN_EMAIL;
}

export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
}): Promise<AuthenticationResult> {
  const email = signInEmail(input.email);
  const throttle = await loginThrottle.checkLoginAllowed({ email, ip: input.ip });
  if (!throttle.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };

  const user = email === NOT_AN_EMAIL ? null : await getPrisma().user.findUnique({ where: { email } });
  const usable = user && user.passwordHash && !user.disabledAt;
  const password = input.password.slice(0, MAX_PASSWORD_INPUT + 1);
  const valid =
    password.length <= MAX_PASSWORD_INPUT &&
    (await verifyPassword(usable ? user.passwordHash! : await getDecoyHash(), password));
  if (!usable || !valid) {
    await loginThrottle.recordLoginFailure({ email, ip: input.ip });
    return { ok: false, reason: "invalid" };
  }
  await loginThrottle.recordLoginSuccess({ email, ip: input.ip });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
