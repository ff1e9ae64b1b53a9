// Calendar days (planned dates, progress dates) are stored as SQL `date`, which Prisma hands over as
// a Date at UTC midnight. "Today" is the day in France, where every committee sits.

export function todayInFrance(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The instant a calendar day starts in France (midnight, Paris time), for filters by day. */
export function startOfDayInFrance(day: string): Date {
  const utcMidnight = dayToDate(day);
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" })
    .formatToParts(utcMidnight)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? "");
  if (!match) return utcMidnight;
  const minutes = (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  return new Date(utcMidnight.getTime() - minutes * 60_000);
}
