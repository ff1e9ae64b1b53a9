import { formatDate } from "@/lib/format";
import type { DashboardFilters, VigilanceItem } from "@/lib/dashboard/types";

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-03" → "mars 2026". */
export function formatMonth(month: string): string {
  const [year, monthIndex] = month.split("-").map(Number) as [number, number];
  return monthFormat.format(new Date(Date.UTC(year, monthIndex - 1, 1)));
}

/** "de janvier 2026 à novembre 2026", the period a dashboard covers. */
export function formatPeriod(filters: DashboardFilters): string {
  return filters.from === filters.to
    ? `en ${formatMonth(filters.from)}`
    : `de ${formatMonth(filters.from)} à ${formatMonth(filters.to)}`;
}

/** A planned end date "YYYY-MM-DD" (or a full ISO date) written in French. */
export function formatDay(day: string): string {
  return formatDate(new Date(day.length === 10 ? `${day}T12:00:00Z` : day));
}

/** Why an action is a point de vigilance, in words rather than by a colour. */
export function vigilanceReason(item: VigilanceItem): string {
  const late = item.plannedEndDate ? `en retard depuis le ${formatDay(item.plannedEndDate)}` : "en retard";
  if (item.reason === "blocked") return "Bloquée";
  if (item.reason === "late") return late.charAt(0).toUpperCase() + late.slice(1);
  return `Bloquée et ${late}`;
}

/** "1 action", "3 actions". */
export function pluralActions(count: number, formatted: string): string {
  return `${formatted} action${count > 1 ? "s" : ""}`;
}
