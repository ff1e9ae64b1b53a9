/**
 * Work the job queue runs on a schedule. `run` takes "now" as input so that tests drive it with a
 * controlled clock; it must be idempotent: two workers, or a retry, may run the same tick twice.
 */
export type ScheduledJob = {
  /** Queue name, e.g. "reminders.daily". */
  name: string;
  /** Cron expression, evaluated in Europe/Paris. */
  cron: string;
  run(now: Date): Promise<unknown>;
};
