import { vi } from "vitest";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { currentClientAddress } from "@/lib/security/request-address";

/** Makes the following server calls come from this user's session (or from nobody). */
export function actAs(user: { id: string; sessionVersion: number } | null): void {
  vi.mocked(readSessionClaims).mockResolvedValue(
    user ? { userId: user.id, sessionVersion: user.sessionVersion } : null,
  );
}

/** Makes the following server calls come from this client address (throttling is per address). */
export function actFrom(address: string): void {
  vi.mocked(currentClientAddress).mockResolvedValue(address);
}
