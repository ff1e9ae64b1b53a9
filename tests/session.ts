import { vi } from "vitest";
import { readSessionClaims } from "@/lib/auth/session-claims";

/** Makes the following server calls come from this user's session (or from nobody). */
export function actAs(user: { id: string; sessionVersion: number } | null): void {
  vi.mocked(readSessionClaims).mockResolvedValue(
    user ? { userId: user.id, sessionVersion: user.sessionVersion } : null,
  );
}
