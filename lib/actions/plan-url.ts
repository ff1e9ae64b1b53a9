import { actionFilters, type ActionFilters } from "./schemas";

// The action plan keeps its whole view (filters, search, sort, page) in the query string, so that a
// filtered plan can be bookmarked or sent to a colleague, and exported as it is shown.

export type SearchParams = Record<string, string | string[] | undefined>;
export type SortField = ActionFilters["sort"];

export function parseActionFilters(searchParams: SearchParams): ActionFilters {
  const firstValues = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return actionFilters.parse(firstValues);
}

/** The query string of a view, leaving out what equals the default so that links stay short. */
export function actionPlanQuery(filters: ActionFilters, options: { withPage?: boolean } = {}): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.lever) query.set("lever", filters.lever);
  if (filters.status) query.set("status", filters.status);
  if (filters.carrier) query.set("carrier", filters.carrier);
  if (filters.late) query.set("late", "1");
  if (filters.q) query.set("q", filters.q);
  if (filters.sort !== "updatedAt") query.set("sort", filters.sort);
  if (filters.order !== "desc") query.set("order", filters.order);
  if (options.withPage !== false && filters.page > 1) query.set("page", String(filters.page));
  return query;
}

function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function actionPlanPath(slug: string): string {
  return `/territoires/${slug}/actions`;
}

export function actionPlanHref(slug: string, filters: ActionFilters, changes: Partial<ActionFilters> = {}): string {
  return withQuery(actionPlanPath(slug), actionPlanQuery({ ...filters, ...changes }));
}

/** Export carries the same filters and sort, without the page: it exports the whole filtered plan. */
export function actionExportHref(slug: string, filters: ActionFilters, format: "csv" | "xlsx"): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of actionPlanQuery(filters, { withPage: false })) query.set(key, value);
  return `${actionPlanPath(slug)}/export?${query.toString()}`;
}

/** Clicking the sorted column flips the order; another column starts ascending (dates: newest first). */
export function sortChange(filters: ActionFilters, field: SortField): Pick<ActionFilters, "sort" | "order" | "page"> {
  if (filters.sort === field) return { sort: field, order: filters.order === "asc" ? "desc" : "asc", page: 1 };
  return { sort: field, order: field === "updatedAt" ? "desc" : "asc", page: 1 };
}

export function hasActiveFilters(filters: ActionFilters): boolean {
  return Boolean(filters.lever || filters.status || filters.carrier || filters.late || filters.q);
}
