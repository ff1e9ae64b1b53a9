import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { listInvitable } from "@/lib/meetings/participants";
import { listTerritoryContacts } from "@/lib/territories/queries";
import { permissionUserOf } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { setTerritoryContacts } from "./contact-mutations";
import { updateUserAccess } from "./mutations";
import { listContactChoices } from "./queries";

const prisma = getPrisma();

// Hauts-de-France (32) touches one territory, the Vallée de la Bresle (with Normandie, 28).
const contactsOf = async (userId: string) =>
  (await prisma.territoryContact.findMany({ where: { userId }, select: { territoryId: true } }))
    .map((contact) => contact.territoryId)
    .sort();

const contactEvents = (userId: string) =>
  prisma.auditEvent.findMany({ where: { entityId: userId, operation: "account.contacts" }, orderBy: { id: "asc" } });

describe("setTerritoryContacts", () => {
  it("lets the State of the officer's region mark its territories, replacing the set, audited", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const officer = await createUser({ college: "REGION", regionCode: "28" });
    const [bresle, huisne, caen] = await Promise.all(
      ["vallee-de-la-bresle", "vallee-de-l-huisne", "caen-industrie"].map(territoryId),
    );
    actAs(etat);
    expect(await setTerritoryContacts({ userId: officer.id, territoryIds: [bresle, huisne] })).toMatchObject({
      ok: true,
    });
    expect(await contactsOf(officer.id)).toEqual([bresle, huisne].sort());

    // A form posts one checkbox as a string; the set is replaced.
    expect(await setTerritoryContacts({ userId: officer.id, territoryIds: caen })).toMatchObject({ ok: true });
    expect(await contactsOf(officer.id)).toEqual([caen]);
    // Saving the same set again records nothing.
    expect(await setTerritoryContacts({ userId: officer.id, territoryIds: [caen] })).toMatchObject({ ok: true });

    const events = await contactEvents(officer.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      actorId: etat.id,
      before: { regionCode: "28", contactTerritoryIds: [bresle, huisne].sort() },
      after: { regionCode: "28", contactTerritoryIds: [caen] },
      regionCodes: ["28"],
    });
    expect(new Set(events[1]!.territoryIds)).toEqual(new Set([bresle, huisne, caen]));

    const choices = await listContactChoices(await permissionUserOf(etat), officer.id);
    expect(choices?.filter((choice) => choice.isContact).map((choice) => choice.id)).toEqual([caen]);
  });

  it("lets the administrator mark a State officer, and offers only the territories of its region", async () => {
    const admin = await createUser({ college: "ADMIN" });
    const officer = await createUser({ college: "ETAT", regionCode: "32" });
    const bresle = await territoryId("vallee-de-la-bresle");
    actAs(admin);
    expect(await setTerritoryContacts({ userId: officer.id, territoryIds: [bresle] })).toMatchObject({ ok: true });
    expect(await contactsOf(officer.id)).toEqual([bresle]);
    const choices = await listContactChoices(await permissionUserOf(admin), officer.id);
    expect(choices).toEqual([{ id: bresle, name: "Vallée de la Bresle", isContact: true }]);
    expect(await setTerritoryContacts({ userId: officer.id, territoryIds: [] })).toMatchObject({ ok: true });
    expect(await contactsOf(officer.id)).toEqual([]);
  });

  it("refuses, writing nothing: another region's State, a Région officer, an élu, anonymous", async () => {
    const officer = await createUser({ college: "REGION", regionCode: "32" });
    const bresle = await territoryId("vallee-de-la-bresle");
    const callers = [
      { user: await createUser({ college: "ETAT", regionCode: "28" }), code: "NOT_FOUND" },
      { user: await createUser({ college: "REGION", regionCode: "32" }), code: "NOT_FOUND" },
      {
        user: await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle", isBinome: true }] }),
        code: "NOT_FOUND",
      },
      { user: null, code: "UNAUTHENTICATED" },
    ];
    for (const { user, code } of callers) {
      actAs(user);
      expect(await setTerritoryContacts({ userId: officer.id, territoryIds: [bresle] })).toMatchObject({
        ok: false,
        code,
      });
    }
    expect(await contactsOf(officer.id)).toEqual([]);
    expect(await contactEvents(officer.id)).toEqual([]);
    // The Région officer cannot mark itself either.
    actAs(officer);
    expect(await setTerritoryContacts({ userId: officer.id, territoryIds: [bresle] })).toMatchObject({ ok: false });
    expect(await contactsOf(officer.id)).toEqual([]);
  });

  it("refuses bad input with a French field error, writing nothing", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "32" });
    const officer = await createUser({ college: "ETAT", regionCode: "32" });
    const elu = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle" }] });
    const [bresle, caen] = await Promise.all(["vallee-de-la-bresle", "caen-industrie"].map(territoryId));
    actAs(etat);

    const outside = await setTerritoryContacts({ userId: officer.id, territoryIds: [bresle, caen] });
    expect(outside).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { territoryIds: [expect.stringContaining("région suivie par cette personne")] },
    });
    const unknown = await setTerritoryContacts({ userId: officer.id, territoryIds: [crypto.randomUUID()] });
    expect(unknown).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { territoryIds: [expect.any(String)] },
    });
    const malformed = await setTerritoryContacts({ userId: officer.id, territoryIds: ["pas-un-identifiant"] });
    expect(malformed).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(malformed.ok || Object.entries(malformed.fieldErrors ?? {})).toEqual([
      [expect.stringMatching(/^territoryIds/), ["Identifiant invalide."]],
    ]);
    expect(await setTerritoryContacts({ userId: "abc", territoryIds: [bresle] })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { userId: ["Identifiant invalide."] },
    });
    const notAnOfficer = await setTerritoryContacts({ userId: elu.id, territoryIds: [bresle] });
    expect(notAnOfficer).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Seuls les comptes Région et État peuvent être les interlocuteurs d'un territoire.",
    });

    expect(await contactsOf(officer.id)).toEqual([]);
    expect(await contactsOf(elu.id)).toEqual([]);
    expect(await contactEvents(officer.id)).toEqual([]);
    expect(await listContactChoices(await permissionUserOf(etat), elu.id)).toBeNull();
  });

  it("makes the contact invited by default to the territory's séances and shown on its page", async () => {
    const admin = await createUser({ college: "ADMIN" });
    const contact = await createUser({ college: "REGION", regionCode: "32" });
    const other = await createUser({ college: "ETAT", regionCode: "32" });
    const bresle = await territoryId("vallee-de-la-bresle");
    const before = await listInvitable(bresle);
    expect(before.find((person) => person.id === contact.id)).toMatchObject({ invitedByDefault: false });

    actAs(admin);
    expect(await setTerritoryContacts({ userId: contact.id, territoryIds: [bresle] })).toMatchObject({ ok: true });

    const invitable = await listInvitable(bresle);
    expect(invitable.find((person) => person.id === contact.id)).toMatchObject({ invitedByDefault: true });
    expect(invitable.find((person) => person.id === other.id)).toMatchObject({ invitedByDefault: false });
    const shown = await listTerritoryContacts(bresle);
    const [stored, notContact] = await Promise.all(
      [contact.id, other.id].map((id) => prisma.user.findUniqueOrThrow({ where: { id } })),
    );
    expect(shown).toContainEqual({ name: stored!.name, organisation: stored!.organisation, college: "REGION" });
    expect(shown.some((person) => person.name === notContact!.name)).toBe(false);
  });

  it("drops, audited, the contacts an access change puts outside the officer's region", async () => {
    const admin = await createUser({ college: "ADMIN" });
    const officer = await createUser({ college: "ETAT", regionCode: "28" });
    const [bresle, caen, huisne] = await Promise.all(
      ["vallee-de-la-bresle", "caen-industrie", "vallee-de-l-huisne"].map(territoryId),
    );
    actAs(admin);
    expect(await setTerritoryContacts({ userId: officer.id, territoryIds: [bresle, caen] })).toMatchObject({
      ok: true,
    });
    const access = { userId: officer.id, territoryIds: [], binomeTerritoryIds: [] };
    expect(await updateUserAccess({ ...access, college: "ETAT", regionCode: "32" })).toMatchObject({ ok: true });
    expect(await contactsOf(officer.id)).toEqual([bresle]);
    expect(await updateUserAccess({ ...access, college: "ELU", territoryIds: [huisne] })).toMatchObject({ ok: true });
    expect(await contactsOf(officer.id)).toEqual([]);

    const events = await contactEvents(officer.id);
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [
        { regionCode: "28", contactTerritoryIds: [] },
        { regionCode: "28", contactTerritoryIds: [bresle, caen].sort() },
      ],
      [
        { regionCode: "28", contactTerritoryIds: [bresle, caen].sort() },
        { regionCode: "32", contactTerritoryIds: [bresle] },
      ],
      [
        { regionCode: "32", contactTerritoryIds: [bresle] },
        { regionCode: null, contactTerritoryIds: [] },
      ],
    ]);
  });
});
