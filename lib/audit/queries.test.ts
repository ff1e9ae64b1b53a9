import { describe, expect, it } from "vitest";
import { archiveAction } from "@/lib/actions/mutations";
import type { PermissionUser } from "@/lib/auth/permissions";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { todayInFrance } from "@/lib/dates";
import { inviteUser, updateUserAccess } from "@/lib/users/mutations";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import type { AuditLogFilters } from "./filters";
import { listAuditLog, type AuditLogEntry } from "./queries";

/** Every page of the log: other test files write events at the same time. */
async function wholeLog(user: PermissionUser, filters: Partial<AuditLogFilters> = {}): Promise<AuditLogEntry[]> {
  const first = await listAuditLog(user, { ...filters, page: 1 });
  const entries = [...first.items];
  for (let page = 2; page <= first.pageCount; page++) {
    entries.push(...(await listAuditLog(user, { ...filters, page })).items);
  }
  return entries;
}

async function createBothTerritoriesEvents() {
  const bresleMember = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle" }] });
  const seineMember = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "axe-seine" }] });
  const bresle = await createActionAs(bresleMember, "vallee-de-la-bresle", { title: "Navette vers la zone verrière" });
  const seine = await createActionAs(seineMember, "axe-seine", { title: "Foncier portuaire du Havre" });
  return { bresle, seine };
}

describe("listAuditLog", () => {
  it("shows the administrator every event, newest first, with author, operation, element and territory", async () => {
    const { bresle, seine } = await createBothTerritoriesEvents();
    const admin = await permissionUserOf(await createUser({ college: "ADMIN" }));
    const log = await wholeLog(admin);
    const seineEntry = log.find((entry) => entry.entityHref?.endsWith(seine.actionId));
    const bresleEntry = log.find((entry) => entry.entityHref?.endsWith(bresle.actionId));
    expect(seineEntry).toMatchObject({
      actorName: "Test INDUSTRIEL",
      operationLabel: "Création",
      entityLabel: "Foncier portuaire du Havre",
      entityHref: `/territoires/axe-seine/actions/${seine.actionId}`,
      territoryName: "Axe Seine",
    });
    expect(bresleEntry).toMatchObject({ territoryName: "Vallée de la Bresle" });
    expect(log.indexOf(bresleEntry!)).toBeGreaterThan(log.indexOf(seineEntry!));
    const times = log.map((entry) => entry.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("shows a State user of Hauts-de-France the events of Vallée de la Bresle only", async () => {
    const { bresle, seine } = await createBothTerritoriesEvents();
    const etat = await permissionUserOf(await createUser({ college: "ETAT", regionCode: "32" }));
    const log = await wholeLog(etat);
    expect(log.some((entry) => entry.entityHref?.endsWith(bresle.actionId))).toBe(true);
    expect(log.some((entry) => entry.entityHref?.endsWith(seine.actionId))).toBe(false);
    const actionEvents = log.filter((entry) => entry.entityType === "action");
    expect(new Set(actionEvents.map((entry) => entry.territoryName))).toEqual(new Set(["Vallée de la Bresle"]));
  });

  it("keeps an archived action's title, without a link to it", async () => {
    const binome = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle", isBinome: true }] });
    const { actionId, version } = await createActionAs(binome, "vallee-de-la-bresle", { title: "Action abandonnée" });
    actAs(binome);
    expect(await archiveAction({ actionId, version })).toMatchObject({ ok: true });
    const etat = await permissionUserOf(await createUser({ college: "ETAT", regionCode: "32" }));
    const archived = (await wholeLog(etat)).filter((entry) => entry.entityLabel === "Action abandonnée");
    expect(archived.map((entry) => [entry.operationLabel, entry.entityHref])).toEqual(
      expect.arrayContaining([
        ["Archivage", null],
        ["Création", null],
      ]),
    );
  });

  it("shows nothing to an élu, a Région user or a State user without a region", async () => {
    await createBothTerritoriesEvents();
    const readers = [
      await createUser({ college: "ELU", territories: [{ slug: "axe-seine", isBinome: true }] }),
      await createUser({ college: "REGION", regionCode: "28" }),
      await createUser({ college: "ETAT" }),
    ];
    for (const reader of readers) {
      const page = await listAuditLog(await permissionUserOf(reader), { page: 1 });
      expect(page).toMatchObject({ total: 0, items: [], pageCount: 1 });
    }
  });

  it("pages by 50", async () => {
    const admin = await permissionUserOf(await createUser({ college: "ADMIN" }));
    const member = await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] });
    const { total } = await listAuditLog(admin, { page: 1 });
    for (let i = total; i <= 50; i++) await createActionAs(member, "axe-seine", { title: `Action ${i}` });
    const page1 = await listAuditLog(admin, { page: 1 });
    const page2 = await listAuditLog(admin, { page: 2 });
    expect(page1.items).toHaveLength(50);
    expect(page1.pageCount).toBeGreaterThanOrEqual(2);
    expect(page2.items.length).toBeGreaterThanOrEqual(1);
    expect(page2.items.map((entry) => entry.id)).not.toContain(page1.items[0]!.id);
  });
});

describe("the journal of account changes", () => {
  async function inviteAs(manager: { id: string; sessionVersion: number }, input: Record<string, unknown>) {
    actAs(manager);
    const result = await inviteUser({
      email: `journal-${crypto.randomUUID()}@exemple.fr`,
      name: `Personne ${crypto.randomUUID().slice(0, 8)}`,
      organisation: "Organisation de test",
      binomeTerritoryIds: [],
      territoryIds: [],
      ...input,
    });
    if (!result.ok) throw new Error(result.message);
    return result.data.userId;
  }

  it("shows the State the account events of its region's territories and region, with before → after", async () => {
    const admin = await createUser({ college: "ADMIN" });
    const seineElu = await inviteAs(admin, { college: "ELU", territoryIds: [await territoryId("axe-seine")] });
    const normandyRegion = await inviteAs(admin, { college: "REGION", regionCode: "28" });
    const hautsDeFranceRegion = await inviteAs(admin, { college: "REGION", regionCode: "32" });
    actAs(admin);
    expect(
      await updateUserAccess({
        userId: seineElu,
        college: "ELU",
        territoryIds: [await territoryId("axe-seine")],
        binomeTerritoryIds: [await territoryId("axe-seine")],
      }),
    ).toMatchObject({ ok: true });

    const etat = await permissionUserOf(await createUser({ college: "ETAT", regionCode: "28" }));
    const log = await wholeLog(etat);
    const about = (userId: string) =>
      log.filter((entry) => entry.entityType === "user" && entry.entityHref?.endsWith(userId));
    expect(about(seineElu).map((entry) => entry.operationLabel)).toEqual(["Changement d'accès", "Invitation"]);
    expect(about(seineElu)[0]).toMatchObject({
      actorName: "Test ADMIN",
      territoryName: "Axe Seine",
      changes: [{ label: "Comités", before: "Axe Seine", after: "Axe Seine (binôme)" }],
    });
    expect(about(normandyRegion)).toHaveLength(1);
    expect(await wholeLog(etat, { person: hautsDeFranceRegion })).toEqual([]);

    const hautsDeFrance = await permissionUserOf(await createUser({ college: "ETAT", regionCode: "32" }));
    const other = await wholeLog(hautsDeFrance);
    expect(other.some((entry) => entry.entityHref?.endsWith(seineElu))).toBe(false);
    expect(other.some((entry) => entry.entityHref?.endsWith(hautsDeFranceRegion))).toBe(true);
  });

  it("filters by territory, person, kind of event and period", async () => {
    const admin = await createUser({ college: "ADMIN" });
    const member = await createUser({ college: "ELU", territories: [{ slug: "pays-de-l-aigle" }] });
    await createActionAs(member, "pays-de-l-aigle", { title: "Action filtrée" });
    const invited = await inviteAs(admin, { college: "ELU", territoryIds: [await territoryId("pays-de-l-aigle")] });
    const reader = await permissionUserOf(admin);

    const byTerritory = await wholeLog(reader, { territory: "pays-de-l-aigle" });
    expect(byTerritory.every((entry) => entry.territoryName?.includes("Pays de l'Aigle"))).toBe(true);
    expect(byTerritory.some((entry) => entry.entityLabel === "Action filtrée")).toBe(true);

    const byPerson = await wholeLog(reader, { person: invited });
    expect(byPerson.map((entry) => entry.operationLabel)).toEqual(["Invitation"]);
    const byActor = await wholeLog(reader, { person: member.id });
    expect(byActor.map((entry) => entry.entityLabel)).toEqual(["Action filtrée"]);

    const invitations = await wholeLog(reader, { kind: "account.invite", person: invited });
    expect(invitations).toHaveLength(1);
    expect(await wholeLog(reader, { kind: "archive", person: invited })).toEqual([]);

    const today = todayInFrance();
    expect(await wholeLog(reader, { person: invited, from: today, to: today })).toHaveLength(1);
    expect(await wholeLog(reader, { person: invited, to: "2020-01-01" })).toEqual([]);
  });
});
