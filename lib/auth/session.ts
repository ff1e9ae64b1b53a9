import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { PermissionUser } from "./permissions";
import type { SessionClaims } from "./claims";
import { readSessionClaims } from "./session-claims";

export type SessionUser = PermissionUser & {
  email: string;
  name: string;
  organisation: string;
};

/**
 * A JWT alone cannot be revoked: every request reloads the user and refuses the session when the
 * account is disabled or its session version moved on (logout, password change, disabling).
 */
export async function loadSessionUser(claims: SessionClaims): Promise<SessionUser | null> {
  const user = await getPrisma().user.findUnique({
    where: { id: claims.userId },
    include: { memberships: { select: { territoryId: true, isBinome: true } } },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organisation: user.organisation,
    college: user.college,
    regionCode: user.regionCode,
    memberships: user.memberships,
  };
}

/** The signed-in user of this request, or null; computed once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  return claims ? loadSessionUser(claims) : null;
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/connexion");
  return user;
}
