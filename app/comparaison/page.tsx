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
import { figureDefinitions } from "@/lib/dashboard/definitions";
import { TerritoriesMap } from "@/components/map/territories-map";
import { DEFAULT_MAP_INDICATOR, mapIndicatorParam, mapIndicators } from "@/lib/map/indicators";
import { getTerritoriesMap } from "@/lib/map/queries";

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
  const indicator = mapIndicators[mapIndicatorParam.parse(query.carte)];
  const comparisonQuery = comparisonQueryString(filters, region);
  // The territories drawn are the comparison's rows: already in the user's scope.
  const drawing =
    comparison.unit === "territory" && comparison.rows.length > 0
      ? await getTerritoriesMap(comparison.rows.map((row) => row.unit.id))
      : null;
  const choiceHref = (code: string) => {
    const params = new URLSearchParams(comparisonQuery);
    if (code === DEFAULT_MAP_INDICATOR) params.delete("carte");
    else params.set("carte", code);
    const text = params.toString();
    return `/comparaison${text ? `?${text}` : ""}#carte-titre`;
  };
  return (
    <ComparisonView
      comparison={comparison}
      leverOptions={comparison.levers}
      isFiltered={["from", "to", "lever", "region"].some((key) => query[key])}
      keep={indicator.code === DEFAULT_MAP_INDICATOR ? undefined : { carte: indicator.code }}
      map={
        drawing && (
          <TerritoriesMap
            drawing={drawing}
            rows={comparison.rows}
            indicator={indicator}
            definition={figureDefinitions(comparison.asOf)[indicator.definition]}
            territoryHref={(slug) => `/territoires/${slug}${territoryQuery}`}
            choiceHref={choiceHref}
          />
        )
      }
      unitHref={(slug) =>
        comparison.unit === "region"
          ? `/comparaison${comparisonQueryString(filters, slug)}`
          : `/territoires/${slug}${territoryQuery}`
      }
    />
  );
}
