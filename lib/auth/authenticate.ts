import "server-only";
import { getPrisma } from "@/lib/db";
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

export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
}): Promise<AuthenticationResult> {
  const email = normalizeEmail(input.email);
  const throttle = await loginThrottle.checkLoginAllowed({ email, ip: input.ip });
  if (!throttle.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await getPrisma().user.findUnique({ where: { email } });
  const usable = user && user.passwordHash && !user.disabledAt;
  const valid = await verifyPassword(usable ? user.passwordHash! : await getDecoyHash(), input.password);
  if (!usable || !valid) {
    await loginThrottle.recordLoginFailure({ email, ip: input.ip });
    return { ok: false, reason: "invalid" };
  }
  await loginThrottle.recordLoginSuccess({ email, ip: input.ip });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
