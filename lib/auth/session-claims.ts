import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";

export type SessionClaims = { userId: string; sessionVersion: number };

/** What the signed session cookie says; lib/auth/session.ts checks it against the database. */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: unknown; sessionVersion?: unknown } | undefined;
  if (typeof user?.id !== "string" || typeof user.sessionVersion !== "number") return null;
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
