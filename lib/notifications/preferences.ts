import "server-only";
import { getPrisma } from "@/lib/db";
import { defaultDeliveryMode, notificationKinds, type DeliveryMode, type NotificationKind } from "./kinds";

export type DeliveryPreferences = Record<NotificationKind, DeliveryMode>;

/** A member's choices, the defaults filled in for the kinds they never set. */
export async function getDeliveryPreferences(userId: string): Promise<DeliveryPreferences> {
  const rows = await getPrisma().notificationPreference.findMany({ where: { userId } });
  const preferences = { ...defaultDeliveryMode };
  for (const row of rows) preferences[row.kind] = row.mode;
  return preferences;
}

/** How each of these members receives one kind of message. */
export async function deliveryModesFor(
  userIds: readonly string[],
  kind: NotificationKind,
): Promise<Map<string, DeliveryMode>> {
  const rows = await getPrisma().notificationPreference.findMany({
    where: { userId: { in: [...new Set(userIds)] }, kind },
  });
  const chosen = new Map(rows.map((row) => [row.userId, row.mode]));
  return new Map(userIds.map((userId) => [userId, chosen.get(userId) ?? defaultDeliveryMode[kind]]));
}

/** The kinds a member sends to the weekly digest. */
export function kindsInDigest(preferences: DeliveryPreferences): NotificationKind[] {
  return notificationKinds.filter((kind) => kind !== "DIGEST" && preferences[kind] === "DIGEST");
}
