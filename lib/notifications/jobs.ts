import type { ScheduledJob } from "@/lib/jobs/types";

/** The reminders and the weekly digest, scheduled by the worker (lib/jobs). */
export const notificationJobs: ScheduledJob[] = [];
