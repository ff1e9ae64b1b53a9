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
