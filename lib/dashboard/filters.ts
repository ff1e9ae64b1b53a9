import { z } from "@/lib/validation/zod";
import { todayInFrance } from "@/lib/dates";
import type { DashboardFilters } from "./types";

// The dashboards keep their filters (a period of months and a lever) in the URL, so that a filtered
// view can be bookmarked, sent to a colleague or printed as the committee report. Client-safe.

export type SearchParams = Record<string, string | string[] | undefined>;

/** Default window: the 12 months ending with the current month in France. */
export const DEFAULT_PERIOD_MONTHS = 12;

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = z.string().trim().regex(monthPattern);
const leverCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]{1,50}$/);

/** "YYYY-MM" shifted by a number of months (negative: earlier). */
export function addMonths(value: string, delta: number): string {
  const [year, monthNumber] = value.split("-").map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The period's default bounds for a given day ("YYYY-MM-DD"). */
export function defaultPeriod(today: string = todayInFrance()): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: addMonths(to, -(DEFAULT_PERIOD_MONTHS - 1)), to };
}

/**
 * Builds the schema for a given "today" (a function, so that a long-running server does not keep the
 * month it started in). Invalid values fall back to the defaults rather than failing the page: a
 * mistyped URL still shows a dashboard.
 */
function dashboardFiltersSchema(today: () => string) {
  return z
    .object({
      from: month.optional().catch(undefined),
      to: month.optional().catch(undefined),
      lever: leverCode.optional().catch(undefined),
    })
    .transform(({ from, to, lever }): DashboardFilters => {
      const resolvedTo = to ?? defaultPeriod(today()).to;
      const resolvedFrom = from ?? addMonths(resolvedTo, -(DEFAULT_PERIOD_MONTHS - 1));
      const [start, end] = resolvedFrom <= resolvedTo ? [resolvedFrom, resolvedTo] : [resolvedTo, resolvedFrom];
      return lever ? { from: start, to: end, lever } : { from: start, to: end };
    });
}

export const dashboardFilters = dashboardFiltersSchema(() => todayInFrance());

function firstValues(searchParams: SearchParams | URLSearchParams): Record<string, string | undefined> {
  if (searchParams instanceof URLSearchParams) {
    return Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.get(key) ?? undefined]));
  }
  return Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

export function parseDashboardFilters(
  searchParams: SearchParams | URLSearchParams,
  today: string = todayInFrance(),
): DashboardFilters {
  return dashboardFiltersSchema(() => today).parse(firstValues(searchParams));
}

/**
 * The query string of a filtered dashboard ("?from=…&to=…&lever=…", or "" when every filter is at
 * its default), to append to a dashboard, comparison or report path. The period is left out when it
 * is the default one so that plain navigation links stay short and follow the current month.
 */
export function dashboardQueryString(filters: DashboardFilters, today: string = todayInFrance()): string {
  const query = new URLSearchParams();
  const defaults = defaultPeriod(today);
  if (filters.from !== defaults.from || filters.to !== defaults.to) {
    query.set("from", filters.from);
    query.set("to", filters.to);
  }
  if (filters.lever) query.set("lever", filters.lever);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** First and last calendar day ("YYYY-MM-DD") of the period. */
export function periodBounds(filters: DashboardFilters): { start: string; end: string } {
  const [year, monthNumber] = filters.to.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { start: `${filters.from}-01`, end: `${filters.to}-${String(lastDay).padStart(2, "0")}` };
}

const regionCode = z
  .string()
  .trim()
  .regex(/^\d{2,3}$/);

/** The region chosen on the comparison ("?region=28", an INSEE code), for users who see every region. */
export function parseComparisonRegion(searchParams: SearchParams | URLSearchParams): string | undefined {
  const parsed = regionCode.safeParse(firstValues(searchParams).region);
  return parsed.success ? parsed.data : undefined;
}

/** The comparison's query string: the dashboard filters, and the chosen region if any. */
export function comparisonQueryString(
  filters: DashboardFilters,
  region: string | undefined,
  today: string = todayInFrance(),
): string {
  const query = new URLSearchParams(dashboardQueryString(filters, today));
  if (region) query.set("region", region);
  const text = query.toString();
  return text ? `?${text}` : "";
}
