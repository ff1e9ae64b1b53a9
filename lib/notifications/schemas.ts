import { uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { deliveryModes } from "./kinds";

const CHOOSE_MESSAGE = "Cochez l'un des choix proposés.";
const mode = z.enum(deliveryModes, { message: CHOOSE_MESSAGE });

/** The account page's « Notifications » form: one choice per kind; the digest is on or off. */
export const notificationPreferencesInput = z.object({
  REMINDER: mode,
  CAMPAIGN: mode,
  DECISION: mode,
  DIGEST: z.enum(["IMMEDIATE", "OFF"], { message: CHOOSE_MESSAGE }),
});
export type NotificationPreferencesInput = z.output<typeof notificationPreferencesInput>;

export const markNotificationReadInput = z.object({ notificationId: uuid });
export type MarkNotificationReadInput = z.output<typeof markNotificationReadInput>;

export const markAllNotificationsReadInput = z.object({});

const TOKEN_MESSAGE = "Ce lien de désabonnement est incomplet : ouvrez le lien tel qu'il figure dans le courriel.";

export const unsubscribeInput = z.object({
  token: z
    .string({ message: TOKEN_MESSAGE })
    .max(300, { message: TOKEN_MESSAGE })
    .regex(/^[A-Za-z0-9._-]+$/, { message: TOKEN_MESSAGE }),
});
export type UnsubscribeInput = z.output<typeof unsubscribeInput>;
