import { randomBytes, randomInt } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createLoginThrottle, ipKey, loginThrottle, type LoginThrottle } from "./login-throttle";
import { retryMessage } from "./login-messages";

// Every test uses its own account and address, so counters never leak between tests.
function attempt() {
  const email = `Agent.${randomBytes(6).toString("hex")}@Example.fr`;
  const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  return { email, ip };
}

async function fail(throttle: LoginThrottle, login: { email: string; ip: string }, times: number) {
  for (let i = 0; i < times; i++) await throttle.recordLoginFailure(login);
}

describe("login throttle", () => {
  const throttle = createLoginThrottle(getPrisma());

  it("refuses the sixth attempt after five rapid failures, for 15 minutes", async () => {
    const login = attempt();
    await fail(throttle, login, 4);
    expect(await throttle.checkLoginAllowed(login)).toEqual({ allowed: true });

    const fifth = await throttle.recordLoginFailure(login);
    expect(fifth.allowed).toBe(false);

    const sixth = await throttle.checkLoginAllowed(login);
    expect(sixth.allowed).toBe(false);
    if (sixth.allowed) return;
    expect(sixth.retryAfterSeconds).toBeGreaterThan(890);
    expect(sixth.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(retryMessage(sixth.retryAfterSeconds)).toBe("Trop de tentatives de connexion. Réessayez dans 15 minutes.");
  });

  it("stores its counters in the RateLimit table, by lower-cased email and IP", async () => {
    const login = attempt();
    await throttle.recordLoginFailure(login);
    const row = await getPrisma().rateLimit.findUnique({
      where: { key: `login-account-ip:${login.email.toLowerCase()}|${login.ip}` },
    });
    expect(row?.points).toBe(1);
    expect(await getPrisma().rateLimit.findUnique({ where: { key: `login-ip:${login.ip}` } })).not.toBeNull();
  });

  it("does not count checks, only failures", async () => {
    const login = attempt();
    for (let i = 0; i < 10; i++) expect((await throttle.checkLoginAllowed(login)).allowed).toBe(true);
    await fail(throttle, login, 4);
    expect((await throttle.checkLoginAllowed(login)).allowed).toBe(true);
  });

  it("treats the email case-insensitively", async () => {
    const login = attempt();
    await fail(throttle, { ...login, email: login.email.toUpperCase() }, 5);
    expect((await throttle.checkLoginAllowed({ ...login, email: login.email.toLowerCase() })).allowed).toBe(false);
  });

  it("still lets the account owner in from another address", async () => {
    const login = attempt();
    await fail(throttle, login, 5);
    expect((await throttle.checkLoginAllowed(login)).allowed).toBe(false);
    expect(await throttle.checkLoginAllowed({ ...login, ip: attempt().ip })).toEqual({ allowed: true });
  });

  it("forgets the account + IP failures after a successful login", async () => {
    const login = attempt();
    await fail(throttle, login, 4);
    await throttle.recordLoginSuccess(login);
    await fail(throttle, login, 4);
    expect(await throttle.checkLoginAllowed(login)).toEqual({ allowed: true });
  });

  it("blocks an address for an hour after 50 failures over any accounts", async () => {
    const { ip } = attempt();
    for (let i = 0; i < 49; i++) await throttle.recordLoginFailure({ email: attempt().email, ip });
    expect((await throttle.checkLoginAllowed({ email: attempt().email, ip })).allowed).toBe(true);

    await throttle.recordLoginFailure({ email: attempt().email, ip });
    const decision = await throttle.checkLoginAllowed({ email: attempt().email, ip });
    expect(decision.allowed).toBe(false);
    if (decision.allowed) return;
    expect(decision.retryAfterSeconds).toBeGreaterThan(3590);
    expect(decision.retryAfterSeconds).toBeLessThanOrEqual(3600);
    // A success elsewhere does not lift the address block.
    await throttle.recordLoginSuccess({ email: attempt().email, ip });
    expect((await throttle.checkLoginAllowed({ email: attempt().email, ip })).allowed).toBe(false);
  });

  it("counts failures exactly across app instances sharing the database", async () => {
    const otherClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
    try {
      const otherInstance = createLoginThrottle(otherClient);
      const login = attempt();
      for (let i = 0; i < 4; i++) await (i % 2 === 0 ? throttle : otherInstance).recordLoginFailure(login);
      expect((await throttle.checkLoginAllowed(login)).allowed).toBe(true);
      expect((await otherInstance.checkLoginAllowed(login)).allowed).toBe(true);

      await otherInstance.recordLoginFailure(login);
      expect((await throttle.checkLoginAllowed(login)).allowed).toBe(false);
      expect((await otherInstance.checkLoginAllowed(login)).allowed).toBe(false);

      await throttle.recordLoginSuccess(login);
      expect((await otherInstance.checkLoginAllowed(login)).allowed).toBe(true);
    } finally {
      await otherClient.$disconnect();
    }
  });

  it("counts concurrent failures without losing any", async () => {
    const login = attempt();
    await Promise.all(Array.from({ length: 5 }, () => throttle.recordLoginFailure(login)));
    expect((await throttle.checkLoginAllowed(login)).allowed).toBe(false);
  });

  it("has a default instance bound to the app database", async () => {
    const login = attempt();
    await fail(loginThrottle, login, 5);
    expect((await throttle.checkLoginAllowed(login)).allowed).toBe(false);
  });
});

describe("ipKey", () => {
  it("groups IPv6 addresses by /64 and unwraps IPv4-mapped addresses", () => {
    expect(ipKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(ipKey("2001:DB8:1:2:ffff:ffff:ffff:fffe")).toBe("2001:db8:1:2::/64");
    expect(ipKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipKey("::1")).toBe("0:0:0:0::/64");
    expect(ipKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(ipKey("2001:db8:1:3::1")).not.toBe(ipKey("2001:db8:1:2::1"));
    expect(ipKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(ipKey(" 192.0.2.7 ")).toBe("192.0.2.7");
    expect(ipKey("unknown")).toBe("unknown");
  });
});

describe("retryMessage", () => {
  it("rounds up to minutes, in French", () => {
    expect(retryMessage(900)).toBe("Trop de tentatives de connexion. Réessayez dans 15 minutes.");
    expect(retryMessage(841)).toBe("Trop de tentatives de connexion. Réessayez dans 15 minutes.");
    expect(retryMessage(3600)).toBe("Trop de tentatives de connexion. Réessayez dans 60 minutes.");
    expect(retryMessage(61)).toBe("Trop de tentatives de connexion. Réessayez dans 2 minutes.");
    expect(retryMessage(60)).toBe("Trop de tentatives de connexion. Réessayez dans 1 minute.");
    expect(retryMessage(59)).toBe("Trop de tentatives de connexion. Réessayez dans quelques secondes.");
    expect(retryMessage(0)).toBe("Trop de tentatives de connexion. Réessayez dans quelques secondes.");
  });
});
