import { dateToDay, dayToDate, startOfDayInFrance, todayInFrance } from "@/lib/dates";

/** The ISO week (Monday to Sunday, Paris days) a digest sent at `now` covers: the one before now's. */
export type DigestWeek = {
  /** e.g. "2026-W47", the digest's dedupe key names it. */
  label: string;
  firstDay: string;
  lastDay: string;
  /** [from, to): the instants the week's changes happened between. */
  from: Date;
  to: Date;
};

const DAY = 86_400_000;

function addDays(day: string, days: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + days * DAY));
}

/** ISO 8601 week label of a day: the week belongs to the year of its Thursday. */
export function isoWeekLabel(day: string): string {
  const date = dayToDate(day);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function digestWeekOf(now: Date): DigestWeek {
  const today = todayInFrance(now);
  const monday = addDays(today, -((dayToDate(today).getUTCDay() + 6) % 7));
  const firstDay = addDays(monday, -7);
  return {
    label: isoWeekLabel(firstDay),
    firstDay,
    lastDay: addDays(monday, -1),
    from: startOfDayInFrance(firstDay),
    to: startOfDayInFrance(monday),
  };
}
