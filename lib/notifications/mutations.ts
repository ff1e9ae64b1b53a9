"use server";

import { revalidatePath } from "next/cache";
import { createMutation, createPublicMutation, ownAccountTarget } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notificationKinds } from "./kinds";
import {
  markAllNotificationsReadInput,
  markNotificationReadInput,
  notificationPreferencesInput,
  unsubscribeInput,
} from "./schemas";
import { applyUnsubscribeLink, INVALID_UNSUBSCRIBE_LINK } from "./unsubscribe";

// A member's notifications and preferences are their own business: each handler only reads or
// writes the caller's rows (the row's userId decides, never an id sent by the browser alone).

export const updateNotificationPreferences = createMutation({
  schema: notificationPreferencesInput,
  operation: "account.update",
  target: ownAccountTarget,
  handler: async (input, user) => {
    await getPrisma().$transaction(
      notificationKinds.map((kind) =>
        getPrisma().notificationPreference.upsert({
          where: { userId_kind: { userId: user.id, kind } },
          create: { userId: user.id, kind, mode: input[kind] },
          update: { mode: input[kind] },
        }),
      ),
    );
    revalidatePath("/compte");
    return input;
  },
});

export const markNotificationRead = createMutation({
  schema: markNotificationReadInput,
  operation: "account.update",
  target: ownAccountTarget,
  handler: async (input, user) => {
    const { count } = await getPrisma().notification.updateMany({
      where: { id: input.notificationId, userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (!count) {
      const own = await getPrisma().notification.count({ where: { id: input.notificationId, userId: user.id } });
      if (!own) throw new AppError("NOT_FOUND", "Cette notification n'existe pas.");
    }
    revalidatePath("/", "layout");
    return { notificationId: input.notificationId };
  },
});

export const markAllNotificationsRead = createMutation({
  schema: markAllNotificationsReadInput,
  operation: "account.update",
  target: ownAccountTarget,
  handler: async (_input, user) => {
    const { count } = await getPrisma().notification.updateMany({
      where: { userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    revalidatePath("/", "layout");
    return { count };
  },
});

/** The unsubscribe page's button: no session, the signed link is the credential. */
export const confirmUnsubscribe = createPublicMutation({
  schema: unsubscribeInput,
  name: "notifications.unsubscribe",
  handler: async (input) => {
    const applied = await applyUnsubscribeLink(input.token);
    if (!applied) throw new AppError("NOT_FOUND", INVALID_UNSUBSCRIBE_LINK);
    return { kindLabel: applied.kindLabel };
  },
});
