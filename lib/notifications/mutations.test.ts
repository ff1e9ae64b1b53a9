import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createUser, type TestUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { getDeliveryPreferences } from "./preferences";
import { signUnsubscribeToken } from "./unsubscribe-token";
import {
  confirmUnsubscribe,
  markAllNotificationsRead,
  markNotificationRead,
  updateNotificationPreferences,
} from "./mutations";
import { countUnreadNotifications, listNotifications } from "./queries";

const prisma = getPrisma();

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "secret-de-test-des-notifications";
});

function notify(user: TestUser, title: string) {
  return prisma.notification.create({
    data: { userId: user.id, kind: "REMINDER", rule: "action.stale", dedupeKey: crypto.randomUUID(), title, href: "/" },
  });
}

describe("updateNotificationPreferences", () => {
  it("stores the member's choice per kind; defaults apply before", async () => {
    const user = await createUser();
    expect(await getDeliveryPreferences(user.id)).toEqual({
      REMINDER: "IMMEDIATE",
      CAMPAIGN: "IMMEDIATE",
      DECISION: "IMMEDIATE",
      DIGEST: "IMMEDIATE",
    });
    actAs(user);
    const choice = { REMINDER: "DIGEST", CAMPAIGN: "OFF", DECISION: "IMMEDIATE", DIGEST: "OFF" };
    expect(await updateNotificationPreferences(choice)).toMatchObject({ ok: true });
    expect(await getDeliveryPreferences(user.id)).toEqual(choice);
  });

  it("refuses an unknown mode (the digest is on or off) and a visitor without a session", async () => {
    const user = await createUser();
    actAs(user);
    const refused = await updateNotificationPreferences({
      REMINDER: "SOMETIMES",
      CAMPAIGN: "OFF",
      DECISION: "OFF",
      DIGEST: "DIGEST",
    });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(refused.ok ? {} : refused.fieldErrors).toMatchObject({
      REMINDER: ["Cochez l'un des choix proposés."],
      DIGEST: ["Cochez l'un des choix proposés."],
    });
    actAs(null);
    const anonymous = { REMINDER: "OFF", CAMPAIGN: "OFF", DECISION: "OFF", DIGEST: "OFF" };
    expect(await updateNotificationPreferences(anonymous)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await prisma.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("marking notifications read", () => {
  it("touches only the caller's own notifications", async () => {
    const owner = await createUser();
    const other = await createUser();
    const first = await notify(owner, "Premier");
    await notify(owner, "Second");
    const foreign = await notify(other, "À quelqu'un d'autre");
    expect(await countUnreadNotifications(owner.id)).toBe(2);

    actAs(owner);
    expect(await markNotificationRead({ notificationId: first.id })).toMatchObject({ ok: true });
    expect(await countUnreadNotifications(owner.id)).toBe(1);
    expect(await markNotificationRead({ notificationId: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await countUnreadNotifications(other.id)).toBe(1);

    expect(await markAllNotificationsRead({})).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await countUnreadNotifications(owner.id)).toBe(0);
    expect(await countUnreadNotifications(other.id)).toBe(1);
    expect((await listNotifications(owner.id)).map((item) => [item.title, item.isRead])).toEqual([
      ["Second", true],
      ["Premier", true],
    ]);
  });
});

describe("confirmUnsubscribe", () => {
  it("turns the link's kind off without a session; a forged link changes nothing", async () => {
    const user = await createUser();
    actAs(null);
    const token = signUnsubscribeToken({ userId: user.id, kind: "REMINDER" });
    expect(await confirmUnsubscribe({ token })).toMatchObject({
      ok: true,
      data: { kindLabel: "Rappels sur les actions" },
    });
    expect(await getDeliveryPreferences(user.id)).toMatchObject({ REMINDER: "OFF", DIGEST: "IMMEDIATE" });

    const forged = signUnsubscribeToken({ userId: user.id, kind: "DIGEST" }, "pas-la-bonne-clé");
    const refused = await confirmUnsubscribe({ token: forged });
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(refused.ok ? "" : refused.message).toContain("n'est pas valide");
    expect(await getDeliveryPreferences(user.id)).toMatchObject({ DIGEST: "IMMEDIATE" });
  });
});
