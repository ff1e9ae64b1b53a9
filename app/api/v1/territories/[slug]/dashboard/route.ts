import { requireApiUser } from "@/lib/api/auth";
import { toApiDashboard } from "@/lib/api/representations";
import { apiRoute, errorResponse, jsonResponse, readSearchParams } from "@/lib/api/route";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";
import { parseDashboardFilters } from "@/lib/dashboard/filters";

type Context = { params: Promise<{ slug: string }> };

/** The figures of a territory's dashboard, with the dashboard's filters and its leniency. */
export const GET = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  const filters = parseDashboardFilters(readSearchParams(request));
  const dashboard = await getTerritoryDashboard(user, (await params).slug, filters);
  return dashboard ? jsonResponse(toApiDashboard(dashboard)) : errorResponse("NOT_FOUND");
});
