import "server-only";
import { todayInFrance } from "@/lib/dates";
import { deliverNotifications } from "./deliver";
import { actionReminderDrafts } from "./reminders-actions";
import { campaignReminderDrafts, decisionReminderDrafts } from "./reminders-follow-up";

/**
 * The daily reminders as of `now` (its day in Paris): actions without a recent point, near or past
 * their planned end; campaign deadlines near with actions not updated; overdue decisions.
 * Idempotent: each reminder's dedupe key names its rule, subject and episode.
 */
export async function runReminders(now: Date): Promise<{ created: number; emailed: number }> {
  const today = todayInFrance(now);
  const drafts = [
    ...(await actionReminderDrafts(today)),
    ...(await campaignReminderDrafts(today)),
    ...(await decisionReminderDrafts(today)),
  ];
  return deliverNotifications(drafts);
}
