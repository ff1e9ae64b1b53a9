import { createAction } from "@/lib/actions/mutations";
import { listActions } from "@/lib/actions/queries";
import { findTerritoryAccess } from "@/lib/territories/access";
import { actionFilters } from "@/lib/actions/schemas";
import { actionResponse } from "@/lib/api/action-response";
import { requireApiUser } from "@/lib/api/auth";
import { toApiActionPage } from "@/lib/api/representations";
import {
  apiRoute,
  errorResponse,
  jsonResponse,
  mutationResponse,
  readJsonObject,
  readSearchParams,
} from "@/lib/api/route";

type Context = { params: Promise<{ slug: string }> };

export const GET = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  // The page's filters, with the page's leniency: an unknown value is ignored, not an error.
  const filters = actionFilters.parse(readSearchParams(request));
  const page = await listActions(user, (await params).slug, filters);
  return page ? jsonResponse(toApiActionPage(page)) : errorResponse("NOT_FOUND");
});

export const POST = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  const body = await readJsonObject(request);
  const territory = await findTerritoryAccess(user, (await params).slug);
  if (!territory) return errorResponse("NOT_FOUND");
  // The territory comes from the path only: a territoryId in the body is overwritten.
  const result = await createAction({ ...body, territoryId: territory.id });
  return mutationResponse(result, ({ actionId }) => actionResponse(user, actionId, 201));
});
