import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { hostileParameterErrors } from "@/lib/validation/query";

/** A short answer in words, for a browser that asked for a file (export, report) and gets none. */
export function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The start of every file download route: a route handler is not behind a page, so it checks the
 * session itself (401 with `signInMessage`), and refuses hostile query parameters (400) before
 * reading them. The caller then checks the right on the stored scope.
 */
export async function openFileRequest(
  request: Request,
  signInMessage: string,
): Promise<{ user: SessionUser; searchParams: URLSearchParams } | Response> {
  const user = await getSessionUser();
  if (!user) return textResponse(401, signInMessage);
  const searchParams = new URL(request.url).searchParams;
  const hostile = hostileParameterErrors(searchParams);
  if (hostile) return textResponse(400, Object.values(hostile).flat().join("\n"));
  return { user, searchParams };
}
