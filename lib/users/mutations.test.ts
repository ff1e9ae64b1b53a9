import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { acceptInvitation, changeOwnPassword, inviteUser, setUserDisabled, updateUserAccess } from "./mutations";
import { createInvitationToken } from "./invitation-token";

const prisma = getPrisma();

async function invitationInput(overrides: Record<string, unknown> = {}) {
  return {
    email: `invite-${crypto.randomUUID()}@exemple.fr`,
    name: "Camille Petit",
    organisation: "CC Cœur du Perche",
    college: "ELU",
    territoryIds: [await territoryId("vallee-de-l-huisne")],
    binomeTerritoryIds: [],
    ...overrides,
  };
}

const userCount = () => prisma.user.count();

describe("inviteUser", () => {
  it("lets the State invite an élu of a territory of its region: account, membership, one-time link by email", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const input = await invitationInput();
    const result = await inviteUser(input);
    expect(result).toMatchObject({ ok: true });
    const invited = await prisma.user.findUniqueOrThrow({
      where: { email: input.email },
      include: { memberships: true, invitations: true },
    });
    expect(invited).toMatchObject({ college: "ELU", passwordHash: null });
    expect(invited.memberships).toHaveLength(1);
    const [invitation] = invited.invitations;
    expect(invitation!.expiresAt.getTime() - Date.now()).toBeGreaterThan(71.9 * 3600_000);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: input.email } });
    expect(email.text).toMatch(/\/connexion\/invitation\/[A-Za-z0-9_-]{43}/);
  });

  it("refuses, writing nothing: a State user of another region, an élu, a disabled user, anonymous, bad input", async () => {
    const otherRegion = await createUser({ college: "ETAT", regionCode: "32" });
    const elu = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-l-huisne", isBinome: true }] });
    const disabled = await createUser({ college: "ADMIN", disabled: true });
    const admin = await createUser({ college: "ADMIN" });
    const input = await invitationInput();
    const before = await userCount();

    actAs(otherRegion);
    expect(await inviteUser(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(elu);
    expect(await inviteUser(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(disabled);
    expect(await inviteUser(input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(null);
    expect(await inviteUser(input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(admin);
    const invalid = await inviteUser({ ...input, email: "pas-une-adresse", territoryIds: [] });
    expect(invalid).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(invalid.ok || invalid.fieldErrors).toMatchObject({
      email: [expect.any(String)],
      territoryIds: [expect.any(String)],
    });

    expect(await userCount()).toBe(before);
    expect(await prisma.outboxEmail.count({ where: { to: input.email } })).toBe(0);
  });

  it("does not let the State create an administrator", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const before = await userCount();
    const result = await inviteUser(await invitationInput({ college: "ADMIN", territoryIds: [] }));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await userCount()).toBe(before);
  });

  it("refuses a second account with the same email", async () => {
    const admin = await createUser({ college: "ADMIN" });
    actAs(admin);
    const input = await invitationInput();
    expect(await inviteUser(input)).toMatchObject({ ok: true });
    const again = await inviteUser({ ...input, email: input.email.toUpperCase() });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: ["Un compte existe déjà avec cette adresse."] } });
  });
});

describe("acceptInvitation", () => {
  async function pendingInvitation(expiresInHours = 72) {
    const invited = await createUser({ college: "ELU", territories: [{ slug: "pays-de-l-aigle" }] });
    const { token, tokenHash } = createInvitationToken();
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

describe("setUserDisabled", () => {
  it("lets the State disable an account of its region, ending its sessions", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "32" });
    const target = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle" }] });
    actAs(etat);
    expect(await setUserDisabled({ userId: target.id, disabled: true })).toMatchObject({ ok: true });
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(saved.disabledAt).not.toBeNull();
    expect(saved.sessionVersion).toBe(target.sessionVersion + 1);
  });

  it("refuses, changing nothing: another region's State, an élu, a disabled admin, anonymous, bad input", async () => {
    const target = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "caen-industrie" }] });
    const callers = [
      { user: await createUser({ college: "ETAT", regionCode: "32" }), code: "NOT_FOUND" },
      {
        user: await createUser({ college: "ELU", territories: [{ slug: "caen-industrie", isBinome: true }] }),
        code: "NOT_FOUND",
      },
      { user: await createUser({ college: "ADMIN", disabled: true }), code: "UNAUTHENTICATED" },
      { user: null, code: "UNAUTHENTICATED" },
    ];
    for (const { user, code } of callers) {
      actAs(user);
      expect(await setUserDisabled({ userId: target.id, disabled: true })).toMatchObject({ ok: false, code });
    }
    actAs(await createUser({ college: "ADMIN" }));
    expect(await setUserDisabled({ userId: "pas-un-uuid", disabled: true })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(saved.disabledAt).toBeNull();
    expect(saved.sessionVersion).toBe(target.sessionVersion);
  });
});

describe("updateUserAccess", () => {
  it("lets the administrator move an élu to another committee, ending the old sessions", async () => {
    const target = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    actAs(await createUser({ college: "ADMIN" }));
    const nordCotentin = await territoryId("nord-cotentin");
    const result = await updateUserAccess({
      userId: target.id,
      college: "ELU",
      territoryIds: [nordCotentin],
      binomeTerritoryIds: [nordCotentin],
    });
    expect(result).toMatchObject({ ok: true });
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: target.id }, include: { memberships: true } });
    expect(saved.memberships).toEqual([expect.objectContaining({ territoryId: nordCotentin, isBinome: true })]);
    expect(saved.sessionVersion).toBe(target.sessionVersion + 1);
  });

  it("refuses a State user moving someone outside its region, and non-managers, changing nothing", async () => {
    const target = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle" }] });
    const input = {
      userId: target.id,
      college: "ELU",
      territoryIds: [await territoryId("axe-seine")],
      binomeTerritoryIds: [],
    };
    const callers = [
      { user: await createUser({ college: "ETAT", regionCode: "32" }), code: "NOT_FOUND" },
      { user: await createUser({ college: "REGION", regionCode: "28" }), code: "NOT_FOUND" },
      { user: await createUser({ college: "ETAT", regionCode: "28", disabled: true }), code: "UNAUTHENTICATED" },
      { user: null, code: "UNAUTHENTICATED" },
    ];
    for (const { user, code } of callers) {
      actAs(user);
      expect(await updateUserAccess(input)).toMatchObject({ ok: false, code });
    }
    const memberships = await prisma.membership.findMany({ where: { userId: target.id } });
    expect(memberships.map((m) => m.territoryId)).toEqual([await territoryId("vallee-de-la-bresle")]);
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
