import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createUser, type TestUser } from "@/tests/factories";
import { notificationsOf } from "@/tests/notifications";
import { runWeeklyDigest } from "./digest";
import { digestWeekOf, isoWeekLabel } from "./digest-week";

const prisma = getPrisma();

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "secret-de-test-des-notifications";
});

// Monday 12 March 2035, 7:00 in Paris: the digest covers Monday 5 to Sunday 11 March (2035-W10).
const NOW = new Date("2035-03-12T06:00:00Z");

async function twoTerritories() {
  const [mine, other] = await prisma.territory.findMany({ orderBy: { slug: "desc" }, take: 2 });
  if (!mine || !other) throw new Error("The reference data has fewer than two territories.");
  return { mine, other };
}

async function change(territoryId: string, title: string, occurredAt: string) {
  await prisma.auditEvent.create({
    data: {
      entityType: "action",
      entityId: randomUUID(),
      territoryId,
      operation: "update",
      after: { title },
      occurredAt: new Date(occurredAt),
    },
  });
}

describe("digestWeekOf", () => {
  it("covers the previous ISO week, in Paris days", () => {
    expect(digestWeekOf(NOW)).toMatchObject({ label: "2035-W10", firstDay: "2035-03-05", lastDay: "2035-03-11" });
    expect(digestWeekOf(NOW).from.toISOString()).toBe("2035-03-04T23:00:00.000Z");
    expect(isoWeekLabel("2027-01-01")).toBe("2026-W53");
    expect(isoWeekLabel("2026-12-28")).toBe("2026-W53");
    expect(isoWeekLabel("2027-01-04")).toBe("2027-W01");
  });
});

describe("runWeeklyDigest", () => {
  it("sends each member exactly the week's changes in their territories, with their digest notifications, once", async () => {
    const { mine, other } = await twoTerritories();
    const member = await createUser({ college: "ELU", territories: [{ slug: mine.slug }] });
    const tag = randomUUID().slice(0, 8);
    await change(mine.id, `Dans la semaine, dès lundi ${tag}`, "2035-03-04T23:30:00Z");
    await change(mine.id, `Dans la semaine, dimanche soir ${tag}`, "2035-03-11T22:30:00Z");
    await change(mine.id, `Semaine précédente ${tag}`, "2035-03-04T22:30:00Z");
    await change(mine.id, `Semaine en cours ${tag}`, "2035-03-11T23:30:00Z");
    await change(other.id, `Autre territoire ${tag}`, "2035-03-07T10:00:00Z");
    await prisma.notificationPreference.create({ data: { userId: member.id, kind: "REMINDER", mode: "DIGEST" } });
    const reminder = await prisma.notification.create({
      data: {
        userId: member.id,
        kind: "REMINDER",
        rule: "action.stale",
        dedupeKey: `test:${tag}`,
        title: `Rappel gardé pour le récapitulatif ${tag}`,
        href: "/territoires",
        createdAt: new Date("2035-03-06T10:00:00Z"),
      },
    });

    await runWeeklyDigest(NOW);
    await runWeeklyDigest(new Date(NOW.getTime() + 3_600_000));

    const { notifications, emails } = await notificationsOf(member, "digest");
    expect(notifications.map((n) => n.dedupeKey)).toEqual(["digest:2035-W10"]);
    expect(emails).toHaveLength(1);
    const text = emails[0]?.text ?? "";
    expect(text).toContain(`Dans la semaine, dès lundi ${tag}`);
    expect(text).toContain(`Dans la semaine, dimanche soir ${tag}`);
    expect(text).toContain(`Rappel gardé pour le récapitulatif ${tag}`);
    expect(text).not.toContain(`Semaine précédente ${tag}`);
    expect(text).not.toContain(`Semaine en cours ${tag}`);
    expect(text).not.toContain(`Autre territoire ${tag}`);
    expect(text).toContain(`${mine.name} (2 changements)`);
    expect(emails[0]?.html).toContain(`Dans la semaine, dès lundi ${tag}`);
    expect(emails[0]?.headers).toMatchObject({
      "List-Unsubscribe": expect.stringMatching(/^<http.*\/api\/desabonnement\/v1\.[^>]+>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(text).toMatch(/Ne plus recevoir ces courriels : http.*\/desabonnement\/v1\./);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: reminder.id } })).digestedAt).toEqual(NOW);
  });

  it("skips a member with nothing new, and one who turned the digest off", async () => {
    const { mine } = await twoTerritories();
    const quiet: TestUser = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: mine.slug }] });
    const optedOut = await createUser({ college: "INDUSTRIEL", territories: [{ slug: mine.slug }] });
    await prisma.notificationPreference.create({ data: { userId: optedOut.id, kind: "DIGEST", mode: "OFF" } });
    // A week with no change in the territory: the quiet member gets nothing.
    await runWeeklyDigest(new Date("2036-06-02T06:00:00Z"));
    expect((await notificationsOf(quiet)).emails).toHaveLength(0);
    await change(mine.id, "Changement de juin", "2036-06-10T10:00:00Z");
    await runWeeklyDigest(new Date("2036-06-16T06:00:00Z"));
    expect((await notificationsOf(quiet)).emails).toHaveLength(1);
    expect((await notificationsOf(optedOut)).emails).toHaveLength(0);
  });
});
