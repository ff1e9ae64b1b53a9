import { updateAction } from "@/lib/actions/mutations";
import { actionResponse } from "@/lib/api/action-response";
import { requireApiUser } from "@/lib/api/auth";
import { apiRoute, mutationResponse, parsePathId, readJsonObject } from "@/lib/api/route";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await requireApiUser();
  return actionResponse(user, parsePathId((await params).id));
});

/** A full replacement of the action's fields (like the edit form), guarded by `version`. */
export const PATCH = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  const actionId = parsePathId((await params).id);
  const body = await readJsonObject(request);
  const result = await updateAction({ ...body, actionId });
  return mutationResponse(result, () => actionResponse(user, actionId));
});
