import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { listOutboxFor } from "@/lib/mail/queries";
import { permissionUserOf } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { acceptInvitation } from "./credential-mutations";
import { inviteUser, resendInvitation, setUserDisabled, updateUserAccess } from "./mutations";

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

  it("lets the State invite a chef·fe de projet on a territory, who cannot be part of the binôme", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const huisne = await territoryId("vallee-de-l-huisne");
    const before = await userCount();
    const asBinome = await invitationInput({ college: "CHEF_DE_PROJET", binomeTerritoryIds: [huisne] });
    expect(await inviteUser(asBinome)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        binomeTerritoryIds: ["Seuls un·e élu·e et un·e industriel·le forment le binôme d'un territoire."],
      },
    });
    expect(await userCount()).toBe(before);

    const input = await invitationInput({ college: "CHEF_DE_PROJET" });
    expect(await inviteUser(input)).toMatchObject({ ok: true });
    const invited = await prisma.user.findUniqueOrThrow({
      where: { email: input.email },
      include: { memberships: true },
    });
    expect(invited.college).toBe("CHEF_DE_PROJET");
    expect(invited.memberships).toEqual([expect.objectContaining({ territoryId: huisne, isBinome: false })]);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: input.email } });
    expect(email.text).toContain("en tant que chef·fe de projet du territoire Vallée de l'Huisne");
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

  it("refuses a second account with the same email, pointing to the re-sending of a pending invitation", async () => {
    const admin = await createUser({ college: "ADMIN" });
    actAs(admin);
    const input = await invitationInput();
    expect(await inviteUser(input)).toMatchObject({ ok: true });
    const again = await inviteUser({ ...input, email: input.email.toUpperCase() });
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("Renvoyer l'invitation")] },
    });
    const active = await createUser({ college: "ELU", passwordHash: "$argon2id$placeholder" });
    expect(await inviteUser({ ...input, email: active.email })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Un compte existe déjà avec cette adresse."] },
    });
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

describe("resendInvitation", () => {
  async function linksSentTo(email: string): Promise<string[]> {
    const mails = await prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
    return mails.flatMap((mail) => mail.text.match(/\/connexion\/invitation\/([A-Za-z0-9_-]+)/)?.[1] ?? []);
  }

  it("sends a new link to a pending account; the old one stops working, the new one works", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const input = await invitationInput();
    const { data } = (await inviteUser(input)) as { ok: true; data: { userId: string } };
    expect(await resendInvitation({ userId: data.userId })).toMatchObject({ ok: true });
    const [first, second] = await linksSentTo(input.email);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const password = "une phrase de passe solide";
    expect(await acceptInvitation({ token: first!, newPassword: password, confirmation: password })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await acceptInvitation({ token: second!, newPassword: password, confirmation: password })).toMatchObject({
      ok: true,
    });
  });

  it("renews an expired invitation", async () => {
    actAs(await createUser({ college: "ADMIN" }));
    const input = await invitationInput();
    const { data } = (await inviteUser(input)) as { ok: true; data: { userId: string } };
    await prisma.invitation.updateMany({ where: { userId: data.userId }, data: { expiresAt: new Date(0) } });
    expect(await resendInvitation({ userId: data.userId })).toMatchObject({ ok: true });
    const valid = await prisma.invitation.count({ where: { userId: data.userId, expiresAt: { gt: new Date() } } });
    expect(valid).toBe(1);
  });

  it("refuses an active account, another region's State and non-managers, sending nothing", async () => {
    const active = await createUser({
      college: "ELU",
      territories: [{ slug: "vallee-de-l-huisne" }],
      passwordHash: "$argon2id$placeholder",
    });
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect(await resendInvitation({ userId: active.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: expect.stringContaining("Mot de passe oublié"),
    });
    actAs(await createUser({ college: "ADMIN" }));
    const input = await invitationInput({ territoryIds: [await territoryId("axe-seine")] });
    const { data } = (await inviteUser(input)) as { ok: true; data: { userId: string } };
    for (const caller of [
      await createUser({ college: "ETAT", regionCode: "32" }),
      await createUser({ college: "ELU", territories: [{ slug: "axe-seine", isBinome: true }] }),
    ]) {
      actAs(caller);
      expect(await resendInvitation({ userId: data.userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await linksSentTo(input.email)).toHaveLength(1);
    expect(await linksSentTo(active.email)).toHaveLength(0);
  });
});

describe("the journal of account changes", () => {
  async function events(userId: string) {
    return prisma.auditEvent.findMany({ where: { entityType: "user", entityId: userId }, orderBy: { id: "asc" } });
  }

  it("records every change of rights once, before → after, with who did it and what it concerns", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const huisne = await territoryId("vallee-de-l-huisne");
    const axeSeine = await territoryId("axe-seine");
    const input = await invitationInput({ territoryIds: [huisne] });
    const { data } = (await inviteUser(input)) as { ok: true; data: { userId: string } };
    const userId = data.userId;
    expect(await resendInvitation({ userId })).toMatchObject({ ok: true });
    expect(
      await updateUserAccess({
        userId,
        college: "INDUSTRIEL",
        territoryIds: [axeSeine],
        binomeTerritoryIds: [axeSeine],
      }),
    ).toMatchObject({ ok: true });
    expect(await setUserDisabled({ userId, disabled: true })).toMatchObject({ ok: true });
    expect(await setUserDisabled({ userId, disabled: true })).toMatchObject({ ok: true });
    expect(await setUserDisabled({ userId, disabled: false })).toMatchObject({ ok: true });

    const journal = await events(userId);
    expect(journal.map((event) => [event.operation, event.actorId])).toEqual([
      ["account.invite", etat.id],
      ["account.invitation-renew", etat.id],
      ["account.access", etat.id],
      ["account.disable", etat.id],
      ["account.enable", etat.id],
    ]);
    const [invite, , access, disable] = journal;
    expect(invite).toMatchObject({
      before: null,
      after: {
        college: "ELU",
        regionCode: null,
        memberships: [{ territoryId: huisne, isBinome: false }],
        status: "invited",
      },
      territoryIds: [huisne],
    });
    expect(access).toMatchObject({
      before: { college: "ELU", memberships: [{ territoryId: huisne, isBinome: false }] },
      after: { college: "INDUSTRIEL", memberships: [{ territoryId: axeSeine, isBinome: true }] },
    });
    expect(new Set(access!.territoryIds)).toEqual(new Set([huisne, axeSeine]));
    expect(disable).toMatchObject({ before: { status: "invited" }, after: { status: "disabled" } });
    // People are named by id only: no name, email or secret in the journal.
    const text = JSON.stringify(journal.map((event) => [event.before, event.after]));
    expect(text).not.toContain(input.email);
    expect(text).not.toContain(input.name);
  });

  it("records a Région account's region", async () => {
    actAs(await createUser({ college: "ADMIN" }));
    const input = await invitationInput({ college: "REGION", regionCode: "32", territoryIds: [] });
    const { data } = (await inviteUser(input)) as { ok: true; data: { userId: string } };
    expect(
      await updateUserAccess({
        userId: data.userId,
        college: "REGION",
        regionCode: "28",
        territoryIds: [],
        binomeTerritoryIds: [],
      }),
    ).toMatchObject({ ok: true });
    const [invite, access] = await events(data.userId);
    expect(invite).toMatchObject({ regionCodes: ["32"], territoryIds: [] });
    expect(new Set(access!.regionCodes)).toEqual(new Set(["32", "28"]));
  });
});

describe("invitations without a mail server", () => {
  it("give the manager the link, name the role and the territory, and land in the manager's own outbox", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const otherEtat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const input = await invitationInput();
    const result = await inviteUser(input);
    expect(result).toMatchObject({
      ok: true,
      data: { undeliveredLink: expect.stringMatching(/\/connexion\/invitation\/[\w-]{43}$/) },
    });
    const link = (result as { data: { undeliveredLink: string } }).data.undeliveredLink;
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: input.email } });
    expect(mail!.text).toContain(link);
    expect(mail!.text).toContain("en tant qu'élu·e du comité de pilotage du territoire Vallée de l'Huisne.");
    expect(mail).toMatchObject({ sentById: etat.id, sentAt: null });

    const own = await listOutboxFor(await permissionUserOf(etat));
    expect(own.map((email) => email.to)).toEqual([input.email]);
    expect(await listOutboxFor(await permissionUserOf(otherEtat))).toEqual([]);
    const elu = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-l-huisne" }] });
    expect(await listOutboxFor(await permissionUserOf(elu))).toEqual([]);
    const admin = await listOutboxFor(await permissionUserOf(await createUser({ college: "ADMIN" })), { take: 200 });
    expect(admin.some((email) => email.to === input.email)).toBe(true);
  });
});
