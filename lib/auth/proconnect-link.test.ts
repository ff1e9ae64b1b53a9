import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { unlinkOwnProConnect } from "@/lib/users/proconnect-mutations";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { resolveProConnectSignIn } from "./proconnect-link";

const prisma = getPrisma();
const ISSUER = "https://fca.integ01.dev-agentconnect.fr/api/v2";
const newSub = () => `sub-${crypto.randomUUID()}`;

describe("resolveProConnectSignIn", () => {
  it("links the first sign-in to the account with the same e-mail, journaled; later sign-ins match on sub", async () => {
    const user = await createUser({ college: "ETAT", regionCode: "28" });
    const sub = newSub();
    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub, email: user.email.toUpperCase() })).toEqual({
      ok: true,
      userId: user.id,
      sessionVersion: user.sessionVersion,
      linked: true,
    });
    expect(await prisma.proConnectIdentity.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({
      issuer: ISSUER,
      sub,
      email: user.email,
    });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, operation: "account.proconnect-link" },
    });
    expect(event).toMatchObject({ actorId: user.id, entityType: "user", regionCodes: ["28"] });

    // Later: the sub decides, whatever e-mail ProConnect now gives.
    expect(
      await resolveProConnectSignIn({ issuer: ISSUER, sub, email: "nouvelle.adresse@interieur.gouv.fr" }),
    ).toMatchObject({ ok: true, userId: user.id, linked: false });
    const stored = await prisma.proConnectIdentity.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.lastUsedAt).toBeInstanceOf(Date);
  });

  it("never creates an account: an unknown e-mail is refused", async () => {
    const before = await prisma.user.count();
    expect(
      await resolveProConnectSignIn({ issuer: ISSUER, sub: newSub(), email: `inconnu-${crypto.randomUUID()}@gouv.fr` }),
    ).toEqual({ ok: false, reason: "unknown" });
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses a disabled account, linked or not", async () => {
    const disabled = await createUser({ college: "REGION", regionCode: "28", disabled: true });
    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub: newSub(), email: disabled.email })).toEqual({
      ok: false,
      reason: "disabled",
    });
    const linked = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    const sub = newSub();
    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub, email: linked.email })).toMatchObject({ ok: true });
    await prisma.user.update({ where: { id: linked.id }, data: { disabledAt: new Date() } });
    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub, email: linked.email })).toEqual({
      ok: false,
      reason: "disabled",
    });
  });

  it("refuses a second identity for a linked account until the link is removed, then links the new one", async () => {
    const user = await createUser({ college: "ETAT", regionCode: "28" });
    const first = newSub();
    const second = newSub();
    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub: first, email: user.email })).toMatchObject({
      ok: true,
    });
    // Another identity provider gives another sub for the same e-mail.
    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub: second, email: user.email })).toEqual({
      ok: false,
      reason: "conflict",
    });

    actAs(user);
    expect(await unlinkOwnProConnect({})).toMatchObject({ ok: true });
    expect(await prisma.proConnectIdentity.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await prisma.auditEvent.count({ where: { entityId: user.id, operation: "account.proconnect-unlink" } }),
    ).toBe(1);
    expect(await unlinkOwnProConnect({})).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub: second, email: user.email })).toMatchObject({
      ok: true,
      linked: true,
    });
    // The old identity no longer opens the account.
    expect(await resolveProConnectSignIn({ issuer: ISSUER, sub: first, email: user.email })).toEqual({
      ok: false,
      reason: "conflict",
    });
  });

  it("makes one link when two first sign-ins race", async () => {
    const user = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "sud-manche" }] });
    const sub = newSub();
    const results = await Promise.all(
      [0, 1, 2].map(() => resolveProConnectSignIn({ issuer: ISSUER, sub, email: user.email })),
    );
    expect(results.every((result) => result.ok && result.userId === user.id)).toBe(true);
    expect(await prisma.proConnectIdentity.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, operation: "account.proconnect-link" } })).toBe(
      1,
    );
  });
});
