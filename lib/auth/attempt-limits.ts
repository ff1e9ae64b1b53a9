import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ipKey, type ThrottleDecision } from "./login-throttle";

/*
 * Limits on the public forms that cost us work or mail whatever their outcome: choosing a password
 * from an invitation or a reset link (an argon2 hash each), and asking for a reset link (an email).
 * The committee report's PDF, which starts a browser, is limited per account the same way.
 * Unlike sign-in, every attempt counts, failed or not. Counters live in PostgreSQL (the RateLimit
 * table, shared with sign-in), so that every app instance sees the same ones.
 */
export const ATTEMPT_LIMITS = {
  /** Choosing a password from an invitation or a reset link, per client address. */
  "password-link": { points: 10, windowSeconds: 15 * 60, keyedBy: "address" },
  /** Asking for a reset link, per client address: one person forgets, a script sprays. */
  "reset-request-ip": { points: 10, windowSeconds: 60 * 60, keyedBy: "address" },
  /** Asking for a reset link, per email address: nobody's mailbox is flooded with our links. */
  "reset-request-email": { points: 3, windowSeconds: 60 * 60, keyedBy: "email" },
  /** Printing the committee report as a PDF starts a browser: per account, enough for a busy committee. */
  "report-pdf": { points: 20, windowSeconds: 15 * 60, keyedBy: "user" },
} as const;

export type AttemptKind = keyof typeof ATTEMPT_LIMITS;

function limiter(kind: AttemptKind): RateLimiterPrisma {
  const rule = ATTEMPT_LIMITS[kind];
  return new RateLimiterPrisma({
    storeClient: getPrisma(),
    tableName: "rateLimit",
    keyPrefix: kind,
    points: rule.points,
    duration: rule.windowSeconds,
  });
}

/** Refuses with the THROTTLED error (429 for the API) once the allowance is spent. */
export async function assertAttemptAllowed(kind: AttemptKind, key: string): Promise<void> {
  const decision = await consumeAttempt(kind, key);
  if (!decision.allowed) {
    const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
    throw new AppError(
      "THROTTLED",
      `Trop de tentatives depuis votre connexion. Réessayez dans ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`,
    );
  }
}

function limiterKey(keyedBy: (typeof ATTEMPT_LIMITS)[AttemptKind]["keyedBy"], key: string): string {
  if (keyedBy === "email") return key.trim().toLowerCase();
  if (keyedBy === "address") return ipKey(key);
  return key;
}

/** Counts one attempt under `key`; refused once the window's allowance is spent. */
export async function consumeAttempt(kind: AttemptKind, key: string): Promise<ThrottleDecision> {
  try {
    await limiter(kind).consume(limiterKey(ATTEMPT_LIMITS[kind].keyedBy, key));
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(Math.ceil(rejection.msBeforeNext / 1000), 1) };
    }
    throw rejection;
  }
}
