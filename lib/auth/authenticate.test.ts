import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";

const password = "le comité se réunit jeudi";
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;

describe("authenticate", () => {
  it("accepts the right password, the email in any case", async () => {
    const user = await createUser({ college: "ELU", passwordHash: await hashPassword(password) });
    expect(await authenticate({ email: ` ${user.email.toUpperCase()} `, password, ip: ip() })).toEqual({
      ok: true,
      user: { id: user.id, sessionVersion: user.sessionVersion },
    });
  });

  it("gives the same answer for an unknown email, a wrong password, a disabled account and a pending invitation", async () => {
    const user = await createUser({ college: "ELU", passwordHash: await hashPassword(password) });
    const disabled = await createUser({ college: "ELU", passwordHash: await hashPassword(password), disabled: true });
    const invited = await createUser({ college: "ELU" });
    const answers = await Promise.all([
      authenticate({ email: `${randomUUID()}@exemple.fr`, password, ip: ip() }),
      authenticate({ email: user.email, password: "pas le bon mot de passe", ip: ip() }),
      authenticate({ email: disabled.email, password, ip: ip() }),
      authenticate({ email: invited.email, password, ip: ip() }),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles the sixth rapid attempt from one address, even with the right password, but not from another", async () => {
    const user = await createUser({ college: "INDUSTRIEL", passwordHash: await hashPassword(password) });
    const attacker = ip();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await authenticate({ email: user.email, password: "mauvais mot de passe", ip: attacker })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const sixth = await authenticate({ email: user.email, password, ip: attacker });
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    expect(sixth.ok === false && sixth.reason === "throttled" && sixth.retryAfterSeconds).toBeGreaterThan(800);
    expect(await authenticate({ email: user.email, password, ip: ip() })).toMatchObject({ ok: true });
  });

  it("answers hostile input as a wrong guess: a NUL byte, a non-address, a megabyte of password", async () => {
    const user = await createUser({ college: "ELU", passwordHash: await hashPassword(password) });
    for (const attempt of [
      { email: `${user.email}\u0000`, password },
      { email: "pas une adresse", password },
      { email: user.email, password: `${password}\u0000` },
      { email: user.email, password: "x".repeat(1_000_000) },
    ]) {
      expect(await authenticate({ ...attempt, ip: ip() })).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
