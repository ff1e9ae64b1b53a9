import { calendarDay, integer, isSlug, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { auditOperations } from "./labels";

// The journal's filters live in the URL (a filtered journal can be bookmarked, sent, exported as
// shown). Read leniently like every view's filters: a malformed value is dropped, not an error.

export const auditLogFilters = z.object({
  territory: z.string().refine(isSlug).optional().catch(undefined),
  person: uuid.optional().catch(undefined),
  kind: z
    .enum(auditOperations as [string, ...string[]])
    .optional()
    .catch(undefined),
  from: calendarDay.optional().catch(undefined),
  to: calendarDay.optional().catch(undefined),
  page: integer({ min: 1, max: 1_000_000, message: "Page invalide." }).default(1).catch(1),
});
export type AuditLogFilters = z.output<typeof auditLogFilters>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseAuditLogFilters(searchParams: SearchParams | URLSearchParams): AuditLogFilters {
  const entries =
    searchParams instanceof URLSearchParams
      ? [...searchParams.keys()].map((key) => [key, searchParams.get(key) ?? undefined] as const)
      : Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return auditLogFilters.parse(Object.fromEntries(entries));
}

/** The query string of a filtered journal, without the page unless asked. */
export function auditLogQuery(filters: AuditLogFilters, options: { withPage?: boolean } = {}): string {
  const query = new URLSearchParams();
  for (const key of ["territory", "person", "kind", "from", "to"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (options.withPage && filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export function hasAuditLogFilters(filters: AuditLogFilters): boolean {
  return Boolean(filters.territory || filters.person || filters.kind || filters.from || filters.to);
}
