import type { ScheduledJob } from "@/lib/jobs/types";
import { runWeeklyDigest } from "./digest";
import { runReminders } from "./reminders";

/** The reminders and the weekly digest, scheduled by the worker (lib/jobs); cron in Europe/Paris. */
export const notificationJobs: ScheduledJob[] = [
  { name: "reminders.daily", cron: "0 7 * * *", run: (now) => runReminders(now) },
  { name: "digest.weekly", cron: "0 7 * * 1", run: (now) => runWeeklyDigest(now) },
];
