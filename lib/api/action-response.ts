import "server-only";
import { getAction } from "@/lib/actions/queries";
import type { PermissionUser } from "@/lib/auth/permissions";
import { toApiAction } from "./representations";
import { errorResponse, jsonResponse } from "./route";

/** One action as the caller may see it, read back after a change so that the client gets its new version. */
export async function actionResponse(user: PermissionUser, actionId: string, status = 200): Promise<Response> {
  const action = await getAction(user, actionId);
  return action ? jsonResponse(toApiAction(action), status) : errorResponse("NOT_FOUND");
}
