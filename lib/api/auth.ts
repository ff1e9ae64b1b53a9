import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/**
 * The caller of an API request: the owner of the `Authorization: Bearer` token, or else the
 * session cookie's user. Both are resolved by getSessionUser() (the token in
 * lib/auth/session-claims.ts), so that reads here and mutations in createMutation see the same user.
 */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
