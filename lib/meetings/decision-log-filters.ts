import { uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { decisionStates } from "./decision-state";

/**
 * The decision log's filters, shared by the page, its export and the API. Lenient like the plan's
 * filters: an unknown or malformed value is ignored (the filter is off), never an error.
 */
export const decisionLogFilters = z.object({
  state: z.enum(decisionStates).optional().catch(undefined),
  responsible: uuid.optional().catch(undefined),
  meeting: uuid.optional().catch(undefined),
  action: uuid.optional().catch(undefined),
});
export type DecisionLogFilters = z.output<typeof decisionLogFilters>;

/** The page's URL names the filters in French: state, responsable, seance, action. */
const pageParameters = { state: "state", responsible: "responsable", meeting: "seance", action: "action" } as const;

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : (value ?? undefined));

/** The filters from the page's (or its export's) query string. */
export function decisionLogFiltersFromPage(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): DecisionLogFilters {
  const read = (name: string) => (params instanceof URLSearchParams ? params.get(name) : first(params[name]));
  return decisionLogFilters.parse(
    Object.fromEntries(Object.entries(pageParameters).map(([key, name]) => [key, read(name)])),
  );
}

/** The page's query string for these filters (links to the export keep them). */
export function decisionLogPageQuery(filters: DecisionLogFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, name] of Object.entries(pageParameters)) {
    const value = filters[key as keyof DecisionLogFilters];
    if (value) query.set(name, value);
  }
  return query;
}
