// Calendar days (planned dates, progress dates) are stored as SQL `date`, which Prisma hands over as
// a Date at UTC midnight. "Today" is the day in France, where every committee sits.

// Formatters are built once: building one with a time zone costs a tenth of a millisecond, and a
// dashboard asks for "today" a dozen times.
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });
const parisOffset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" });
const parisDayAndTime = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function todayInFrance(now: Date = new Date()): string {
  return parisDay.format(now);
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Paris's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const offset = parisOffset.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The instant a calendar day starts in France (midnight, Paris time), for filters by day. */
export function startOfDayInFrance(day: string): Date {
  const utcMidnight = dayToDate(day);
  return new Date(utcMidnight.getTime() - parisOffsetMinutes(utcMidnight) * 60_000);
}

/** The instant of a wall-clock time in France ("2027-03-12", "14:30"), whatever the season. */
export function instantInFrance(day: string, time: string): Date {
  const asIfUtc = new Date(`${day}T${time}:00Z`);
  const guess = new Date(asIfUtc.getTime() - parisOffsetMinutes(asIfUtc) * 60_000);
  // Near a change of time, the offset at the guess is the right one.
  return new Date(asIfUtc.getTime() - parisOffsetMinutes(guess) * 60_000);
}

/** The day and wall-clock time in France of an instant, as a form shows them. */
export function dayAndTimeInFrance(instant: Date): { day: string; time: string } {
  const parts = parisDayAndTime.formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

/** The calendar day `days` days after (or before, when negative) `day`, as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + days * 86_400_000));
}
