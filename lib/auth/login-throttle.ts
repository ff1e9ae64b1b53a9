import "server-only";
import { isIPv6 } from "node:net";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getPrisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/*
 * Brute-force protection for the login form, counted in PostgreSQL so that every app instance
 * sees the same counters.
 *
 * Only failed logins count, under two keys:
 * - account + IP: a few guesses on one account from one address. It is deliberately NOT keyed by
 *   the account alone: then anyone could lock a colleague out by typing wrong passwords for their
 *   email (ASVS 5 V6.3: no account lockout usable for denial of service). Keyed by account AND IP,
 *   the owner, coming from their own address, can still log in while an attacker is blocked.
 * - IP alone: an address spraying guesses over many accounts.
 * An attacker rotating addresses is slowed by neither; the cost of argon2 and the length and
 * common-password rules are the defence there.
 */
export const LOGIN_THROTTLE_RULES = {
  accountAndIp: { maxFailures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  ip: { maxFailures: 50, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
} as const;

export type LoginAttempt = { email: string; ip: string };
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type LoginThrottle = {
  /** Call before verifying the password; counts nothing. */
  checkLoginAllowed(attempt: LoginAttempt): Promise<ThrottleDecision>;
  /** Counts one failure; the decision is the one the next attempt will get. */
  recordLoginFailure(attempt: LoginAttempt): Promise<ThrottleDecision>;
  /** Forgets the account + IP failures; the IP counter stays, see below. */
  recordLoginSuccess(attempt: LoginAttempt): Promise<void>;
};

type Rule = (typeof LOGIN_THROTTLE_RULES)[keyof typeof LOGIN_THROTTLE_RULES];

/** Expand an IPv6 address into its 8 groups (the embedded IPv4 of "::ffff:1.2.3.4" counts as 2). */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const groups = (part: string) =>
    part ? part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) : [];
  const start = groups(head);
  const end = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(Math.max(8 - start.length - end.length, 0)).fill("0");
  return [...start, ...zeros, ...end].map((group) => parseInt(group, 16).toString(16));
}

/**
 * One IPv6 customer usually holds a whole /64 and can pick any address in it, so counting
 * per address would let them make unlimited attempts: count per /64. IPv4-mapped addresses
 * count as the IPv4 address they carry.
 */
export function ipKey(ip: string): string {
  const address = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address.split("%")[0]!)) return address;
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

function accountKey({ email, ip }: LoginAttempt): string {
  return `${email.trim().toLowerCase()}|${ipKey(ip)}`;
}

function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(Math.ceil(res.msBeforeNext / 1000), 1);
}

function decide(results: { rule: Rule; res: RateLimiterRes | null }[]): ThrottleDecision {
  const blocked = results.filter(({ rule, res }) => res !== null && res.consumedPoints >= rule.maxFailures);
  if (blocked.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...blocked.map(({ res }) => retryAfterSeconds(res!))) };
}

export function createLoginThrottle(prisma: PrismaClient): LoginThrottle {
  const limiter = (keyPrefix: string, rule: Rule) =>
    new RateLimiterPrisma({
      storeClient: prisma,
      // The library reads `storeClient[tableName]`: name the typed delegate (`prisma.rateLimit`)
      // of the RateLimit model; the model name also resolves, but only through the client's proxy.
      tableName: "rateLimit",
      keyPrefix,
      points: rule.maxFailures,
      duration: rule.windowSeconds,
      blockDuration: rule.blockSeconds,
    });
  const accountLimiter = limiter("login-account-ip", LOGIN_THROTTLE_RULES.accountAndIp);
  const ipLimiter = limiter("login-ip", LOGIN_THROTTLE_RULES.ip);

  // Reaching the limit blocks for the full block duration from now, not only until the end of
  // the window that started with the first failure.
  async function recordFailure(limiter: RateLimiterPrisma, rule: Rule, key: string): Promise<RateLimiterRes> {
    let res: RateLimiterRes;
    try {
      res = await limiter.consume(key);
    } catch (rejection) {
      // Past the limit the library rejects with the counter state (and blocks by itself).
      if (rejection instanceof RateLimiterRes) return rejection;
      throw rejection;
    }
    return res.consumedPoints === rule.maxFailures ? limiter.block(key, rule.blockSeconds) : res;
  }

  return {
    async checkLoginAllowed(attempt) {
      const [account, ip] = await Promise.all([
        accountLimiter.get(accountKey(attempt)),
        ipLimiter.get(ipKey(attempt.ip)),
      ]);
      return decide([
        { rule: LOGIN_THROTTLE_RULES.accountAndIp, res: account },
        { rule: LOGIN_THROTTLE_RULES.ip, res: ip },
      ]);
    },

    async recordLoginFailure(attempt) {
      const [account, ip] = await Promise.all([
        recordFailure(accountLimiter, LOGIN_THROTTLE_RULES.accountAndIp, accountKey(attempt)),
        recordFailure(ipLimiter, LOGIN_THROTTLE_RULES.ip, ipKey(attempt.ip)),
      ]);
      return decide([
        { rule: LOGIN_THROTTLE_RULES.accountAndIp, res: account },
        { rule: LOGIN_THROTTLE_RULES.ip, res: ip },
      ]);
    },

    async recordLoginSuccess(attempt) {
      // The IP counter is kept: otherwise an attacker owning one account could reset it between
      // guesses on other accounts by logging into their own.
      await accountLimiter.delete(accountKey(attempt));
    },
  };
}

let defaultThrottle: LoginThrottle | undefined;

function getDefaultThrottle(): LoginThrottle {
  defaultThrottle ??= createLoginThrottle(getPrisma());
  return defaultThrottle;
}

/** Bound to `getPrisma()` on first use, so importing this module needs no database. */
export const loginThrottle: LoginThrottle = {
  checkLoginAllowed: (attempt) => getDefaultThrottle().checkLoginAllowed(attempt),
  recordLoginFailure: (attempt) => getDefaultThrottle().recordLoginFailure(attempt),
  recordLoginSuccess: (attempt) => getDefaultThrottle().recordLoginSuccess(attempt),
};

export const { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } = loginThrottle;
