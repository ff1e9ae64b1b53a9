import { describe, expect, it } from "vitest";
import { archiveAction } from "@/lib/actions/mutations";
import type { PermissionUser } from "@/lib/auth/permissions";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { listAuditLog, type AuditLogEntry } from "./queries";

/** Every page of the log: other test files write events at the same time. */
async function wholeLog(user: PermissionUser): Promise<AuditLogEntry[]> {
  const first = await listAuditLog(user, { page: 1 });
  const entries = [...first.items];
  for (let page = 2; page <= first.pageCount; page++) entries.push(...(await listAuditLog(user, { page })).items);
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
    expect(new Set(log.map((entry) => entry.territoryName))).toEqual(new Set(["Vallée de la Bresle"]));
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
