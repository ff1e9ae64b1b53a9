import type { Metadata } from "next";
import { ComparisonView } from "@/components/comparison/comparison-view";
import { requireSessionUser } from "@/lib/auth/session";
import {
  comparisonQueryString,
  dashboardQueryString,
  parseComparisonRegion,
  parseDashboardFilters,
  type SearchParams,
} from "@/lib/dashboard/filters";
import { getComparison, getComparisonScopeLabel } from "@/lib/dashboard/queries";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const user = await requireSessionUser();
  const query = await searchParams;
  return {
    title: `Comparaison des territoires - ${await getComparisonScopeLabel(user, parseComparisonRegion(query))}`,
  };
}

export default async function ComparisonPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSessionUser();
  const query = await searchParams;
  const filters = parseDashboardFilters(query);
  const region = parseComparisonRegion(query);
  const comparison = await getComparison(user, filters, undefined, region);
  const territoryQuery = dashboardQueryString(filters);
  return (
    <ComparisonView
      comparison={comparison}
      leverOptions={comparison.levers}
      isFiltered={["from", "to", "lever", "region"].some((key) => query[key])}
      unitHref={(slug) =>
        comparison.unit === "region"
          ? `/comparaison${comparisonQueryString(filters, slug)}`
          : `/territoires/${slug}${territoryQuery}`
      }
    />
  );
}
