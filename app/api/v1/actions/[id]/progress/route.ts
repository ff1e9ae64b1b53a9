import { recordProgress } from "@/lib/actions/progress/mutations";
import { actionResponse } from "@/lib/api/action-response";
import { requireApiUser } from "@/lib/api/auth";
import { apiRoute, mutationResponse, parsePathId, readJsonObject } from "@/lib/api/route";

type Context = { params: Promise<{ id: string }> };

// Answers the whole action: its new version is what the client sends with its next change.
export const POST = apiRoute(async (request, { params }: Context) => {
  const user = await requireApiUser();
  const actionId = parsePathId((await params).id);
  const body = await readJsonObject(request);
  const result = await recordProgress({ ...body, actionId });
  return mutationResponse(result, () => actionResponse(user, actionId, 201));
});
