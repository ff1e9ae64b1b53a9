import "server-only";
import { getPrisma } from "@/lib/db";
import { defaultDeliveryMode, notificationKindLabels, type DeliveryMode, type NotificationKind } from "./kinds";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export const INVALID_UNSUBSCRIBE_LINK =
  "Ce lien de désabonnement n'est pas valide : il a peut-être été mal copié. Vous pouvez choisir vos notifications dans votre compte, rubrique « Notifications ».";

export type UnsubscribeView = { kind: NotificationKind; kindLabel: string; currentMode: DeliveryMode };

/** What a genuine link would turn off, for the confirmation page; null for a forged link or a deleted account. */
export async function describeUnsubscribeLink(token: string): Promise<UnsubscribeView | null> {
  const claims = verifyUnsubscribeToken(token);
  if (!claims) return null;
  const user = await getPrisma().user.findUnique({
    where: { id: claims.userId },
    select: { notificationPreferences: { where: { kind: claims.kind }, select: { mode: true } } },
  });
  if (!user) return null;
  return {
    kind: claims.kind,
    kindLabel: notificationKindLabels[claims.kind],
    currentMode: user.notificationPreferences[0]?.mode ?? defaultDeliveryMode[claims.kind],
  };
}

/**
 * Turns the link's kind of message off for its account (the confirmation page's button, and the
 * RFC 8058 one-click POST of mail clients). Idempotent. Null, with nothing changed, for a forged
 * link or a deleted account.
 */
export async function applyUnsubscribeLink(token: string): Promise<UnsubscribeView | null> {
  const claims = verifyUnsubscribeToken(token);
  if (!claims) return null;
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { id: claims.userId }, select: { id: true } });
  if (!user) return null;
  await prisma.notificationPreference.upsert({
    where: { userId_kind: { userId: user.id, kind: claims.kind } },
    create: { userId: user.id, kind: claims.kind, mode: "OFF" },
    update: { mode: "OFF" },
  });
  return { kind: claims.kind, kindLabel: notificationKindLabels[claims.kind], currentMode: "OFF" };
}
