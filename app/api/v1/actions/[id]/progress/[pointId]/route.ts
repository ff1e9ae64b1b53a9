import { correctProgress, withdrawProgress } from "@/lib/actions/progress/mutations";
import { actionResponse } from "@/lib/api/action-response";
import { requireApiUser } from "@/lib/api/auth";
import { apiRoute, mutationResponse, parsePathId, readJsonObject } from "@/lib/api/route";

type Context = { params: Promise<{ id: string; pointId: string }> };

async function ids(params: Context["params"]) {
  const { id, pointId } = await params;
  return { actionId: parsePathId(id), pointId: parsePathId(pointId) };
}

/** Corrects a point d'avancement (all its fields, with the action's `version`); answers the action. */
export const PATCH = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  const path = await ids(params);
  const body = await readJsonObject(request);
  const result = await correctProgress({ ...body, ...path });
  return mutationResponse(result, () => actionResponse(user, path.actionId));
});

/** Withdraws a point d'avancement (body: the action's `version`); the history keeps what it said. */
export const DELETE = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  const path = await ids(params);
  const body = await readJsonObject(request);
  const result = await withdrawProgress({ ...body, ...path });
  return mutationResponse(result, () => actionResponse(user, path.actionId));
});
