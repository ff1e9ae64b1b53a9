import { describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { actAs, actFrom } from "@/tests/session";
import { acceptInvitation, changeOwnPassword, requestPasswordReset, resetPassword } from "./credential-mutations";
import { createOneTimeToken } from "./one-time-link";

// Counts the argon2 work each public form asks of the server.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});

const prisma = getPrisma();

function uniqueAddress(): string {
  return `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
}

/** What the journal holds about an event, as text, to look for secrets in it. */
function recorded(event: { before: unknown; after: unknown } | undefined): string {
  return JSON.stringify([event?.before, event?.after]);
}

async function accountEvents(userId: string) {
  return prisma.auditEvent.findMany({ where: { entityType: "user", entityId: userId }, orderBy: { id: "asc" } });
}

describe("acceptInvitation", () => {
  async function pendingInvitation(expiresInHours = 72) {
    const invited = await createUser({ college: "ELU", territories: [{ slug: "pays-de-l-aigle" }] });
    const { token, tokenHash } = createOneTimeToken();
    await prisma.invitation.create({
      data: { tokenHash, userId: invited.id, expiresAt: new Date(Date.now() + expiresInHours * 3600_000) },
    });
    return { invited, token };
  }
  const password = "une phrase de passe solide";

  it("sets the password once; the link cannot be used again", async () => {
    const { invited, token } = await pendingInvitation();
    expect(await acceptInvitation({ token, newPassword: password, confirmation: password })).toMatchObject({
      ok: true,
    });
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: invited.id } });
    expect(await verifyPassword(saved.passwordHash!, password)).toBe(true);
    expect(
      await acceptInvitation({
        token,
        newPassword: "une autre phrase solide",
        confirmation: "une autre phrase solide",
      }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await verifyPassword(
        (await prisma.user.findUniqueOrThrow({ where: { id: invited.id } })).passwordHash!,
        password,
      ),
    ).toBe(true);
  });

  it("refuses an expired link, a weak password and mismatched passwords, writing nothing", async () => {
    const expired = await pendingInvitation(-1);
    expect(
      await acceptInvitation({ token: expired.token, newPassword: password, confirmation: password }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const { invited, token } = await pendingInvitation();
    expect(await acceptInvitation({ token, newPassword: "court", confirmation: "court" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [expect.stringContaining("12 caractères")] },
    });
    expect(await acceptInvitation({ token, newPassword: "123qweasdzxc", confirmation: "123qweasdzxc" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [expect.stringContaining("trop courant")] },
    });
    expect(await acceptInvitation({ token, newPassword: password, confirmation: `${password}!` })).toMatchObject({
      ok: false,
      fieldErrors: { confirmation: [expect.any(String)] },
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: invited.id } })).passwordHash).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: expired.invited.id } })).passwordHash).toBeNull();
  });
});

describe("acceptInvitation, hardened", () => {
  const password = "une phrase de passe solide";

  async function pendingInvitation() {
    const invited = await createUser({ college: "ELU", territories: [{ slug: "pays-de-l-aigle" }] });
    const { token, tokenHash } = createOneTimeToken();
    await prisma.invitation.create({
      data: { tokenHash, userId: invited.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    return { invited, token };
  }

  it("checks the link before any password work: an unknown link costs no hash", async () => {
    vi.mocked(hashPassword).mockClear();
    const unknown = createOneTimeToken().token;
    // A common password would be refused by the policy; the link is judged first.
    expect(
      await acceptInvitation({ token: unknown, newPassword: "123qweasdzxc", confirmation: "123qweasdzxc" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND", message: expect.stringContaining("n'est plus valable") });
    expect(await acceptInvitation({ token: unknown, newPassword: password, confirmation: password })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it("throttles by client address: the eleventh attempt in 15 minutes is refused, another address goes on", async () => {
    const address = uniqueAddress();
    actFrom(address);
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await acceptInvitation({
        token: createOneTimeToken().token,
        newPassword: password,
        confirmation: password,
      });
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const { invited, token } = await pendingInvitation();
    expect(await acceptInvitation({ token, newPassword: password, confirmation: password })).toMatchObject({
      ok: false,
      code: "THROTTLED",
      message: expect.stringMatching(/^Trop de tentatives .* Réessayez dans \d+ minutes?\.$/),
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: invited.id } })).passwordHash).toBeNull();
    actFrom(uniqueAddress());
    expect(await acceptInvitation({ token, newPassword: password, confirmation: password })).toMatchObject({
      ok: true,
    });
  });

  it("records the activation in the journal, by the invited person, without the password or its hash", async () => {
    const { invited, token } = await pendingInvitation();
    expect(await acceptInvitation({ token, newPassword: password, confirmation: password })).toMatchObject({
      ok: true,
    });
    const [event] = await accountEvents(invited.id);
    expect(event).toMatchObject({
      actorId: invited.id,
      operation: "account.activate",
      before: expect.objectContaining({ status: "invited" }),
      after: expect.objectContaining({ status: "active", college: "ELU" }),
      territoryIds: [expect.any(String)],
    });
    const text = recorded(event);
    expect(text).not.toContain(password);
    expect(text).not.toContain("argon2");
    expect(text).not.toContain(token);
  });
});

describe("password reset", () => {
  const oldPassword = "mon ancien mot de passe";
  const newPassword = "ma nouvelle phrase secrète";

  async function activeAccount() {
    return createUser({ college: "REGION", regionCode: "28", passwordHash: await hashPassword(oldPassword) });
  }

  async function linkSentTo(email: string): Promise<string | null> {
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "desc" } });
    return mail?.text.match(/\/connexion\/nouveau-mot-de-passe\/([A-Za-z0-9_-]+)/)?.[1] ?? null;
  }

  it("sends a one-time link to an existing account, storing only its hash", async () => {
    const user = await activeAccount();
    expect(await requestPasswordReset({ email: user.email.toUpperCase() })).toEqual({ ok: true, data: { sent: true } });
    const token = await linkSentTo(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [reset] = await prisma.passwordReset.findMany({ where: { userId: user.id } });
    expect(reset!.tokenHash).not.toBe(token);
    expect(reset!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    const [event] = await accountEvents(user.id);
    expect(event).toMatchObject({ actorId: null, operation: "account.password-reset-request", regionCodes: ["28"] });
    expect(recorded(event)).not.toContain(token!);
  });

  it("answers the same, and sends nothing, for an unknown, disabled or never-activated address", async () => {
    const disabled = await createUser({
      college: "ELU",
      passwordHash: await hashPassword(oldPassword),
      disabled: true,
    });
    const invited = await createUser({ college: "ELU" });
    for (const email of [`personne-${crypto.randomUUID()}@exemple.fr`, disabled.email, invited.email]) {
      expect(await requestPasswordReset({ email })).toEqual({ ok: true, data: { sent: true } });
      expect(await linkSentTo(email)).toBeNull();
    }
  });

  it("sets the new password once, ends every session, and leaves a trace", async () => {
    const user = await activeAccount();
    await requestPasswordReset({ email: user.email });
    const token = (await linkSentTo(user.email))!;
    expect(await resetPassword({ token, newPassword, confirmation: newPassword })).toMatchObject({ ok: true });
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, newPassword)).toBe(true);
    expect(saved.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await resetPassword({ token, newPassword: oldPassword, confirmation: oldPassword })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await accountEvents(user.id)).map((event) => [event.operation, event.actorId])).toEqual([
      ["account.password-reset-request", null],
      ["account.password-reset", user.id],
    ]);
  });

  it("refuses an expired link, a replaced link and a weak password, changing nothing", async () => {
    const user = await activeAccount();
    await requestPasswordReset({ email: user.email });
    const first = (await linkSentTo(user.email))!;
    await requestPasswordReset({ email: user.email });
    const second = (await linkSentTo(user.email))!;
    expect(second).not.toBe(first);
    expect(await resetPassword({ token: first, newPassword, confirmation: newPassword })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await resetPassword({ token: second, newPassword: "123qweasdzxc", confirmation: "123qweasdzxc" }),
    ).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringContaining("trop courant")] } });
    await prisma.passwordReset.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetPassword({ token: second, newPassword, confirmation: newPassword })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, oldPassword)).toBe(true);
    expect(saved.sessionVersion).toBe(user.sessionVersion);
  });

  it("limits requests per email address, whether or not it has an account", async () => {
    for (const email of [(await activeAccount()).email, `personne-${crypto.randomUUID()}@exemple.fr`]) {
      for (let request = 1; request <= 3; request++) {
        actFrom(uniqueAddress());
        expect(await requestPasswordReset({ email })).toMatchObject({ ok: true });
      }
      actFrom(uniqueAddress());
      expect(await requestPasswordReset({ email })).toMatchObject({ ok: false, code: "THROTTLED" });
    }
  });

  it("limits requests per client address", async () => {
    actFrom(uniqueAddress());
    for (let request = 1; request <= 10; request++) {
      expect(await requestPasswordReset({ email: `personne-${crypto.randomUUID()}@exemple.fr` })).toMatchObject({
        ok: true,
      });
    }
    expect(await requestPasswordReset({ email: `personne-${crypto.randomUUID()}@exemple.fr` })).toMatchObject({
      ok: false,
      code: "THROTTLED",
    });
  });
});

describe("changeOwnPassword", () => {
  const current = "mon ancien mot de passe";
  const next = "mon nouveau mot de passe";

  it("changes the password and ends every session", async () => {
    const user = await createUser({ college: "INDUSTRIEL", passwordHash: await hashPassword(current) });
    actAs(user);
    expect(await changeOwnPassword({ currentPassword: current, newPassword: next, confirmation: next })).toMatchObject({
      ok: true,
    });
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, next)).toBe(true);
    expect(saved.sessionVersion).toBe(user.sessionVersion + 1);
    // The session that made the change is over too.
    expect(
      await changeOwnPassword({ currentPassword: next, newPassword: current, confirmation: current }),
    ).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("refuses a wrong current password, a disabled user and anonymous, changing nothing", async () => {
    const user = await createUser({ college: "ELU", passwordHash: await hashPassword(current) });
    actAs(user);
    expect(
      await changeOwnPassword({ currentPassword: "pas le bon mot de passe", newPassword: next, confirmation: next }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [expect.any(String)] },
    });
    const disabled = await createUser({ college: "ELU", passwordHash: await hashPassword(current), disabled: true });
    actAs(disabled);
    expect(await changeOwnPassword({ currentPassword: current, newPassword: next, confirmation: next })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    actAs(null);
    expect(await changeOwnPassword({ currentPassword: current, newPassword: next, confirmation: next })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    for (const id of [user.id, disabled.id]) {
      const saved = await prisma.user.findUniqueOrThrow({ where: { id } });
      expect(await verifyPassword(saved.passwordHash!, current)).toBe(true);
    }
  });
});

describe("changeOwnPassword, audited", () => {
  it("records the change, by the user, without either password", async () => {
    const current = "mon ancien mot de passe";
    const next = "mon nouveau mot de passe";
    const user = await createUser({ college: "ETAT", regionCode: "28", passwordHash: await hashPassword(current) });
    actAs(user);
    expect(await changeOwnPassword({ currentPassword: current, newPassword: next, confirmation: next })).toMatchObject({
      ok: true,
    });
    const [event] = await accountEvents(user.id);
    expect(event).toMatchObject({ actorId: user.id, operation: "account.password-change", regionCodes: ["28"] });
    expect(recorded(event)).not.toMatch(/mot de passe|argon2/);
  });
});
