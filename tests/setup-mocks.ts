import { randomInt } from "node:crypto";
import { beforeEach, vi } from "vitest";
import { currentClientAddress } from "@/lib/security/request-address";

// Integration tests call server code directly, outside a Next.js request: the session cookie is
// replaced by claims each test chooses (tests/session.ts), and cache revalidation is a no-op.
vi.mock("@/lib/auth/session-claims", () => ({ readSessionClaims: vi.fn(async () => null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// Server actions read the client address from the request headers. Each test comes from an
// address of its own (counters are per address and test files run in parallel); a test about
// throttling chooses one with actFrom (tests/session.ts).
vi.mock("@/lib/security/request-address", () => ({ currentClientAddress: vi.fn() }));

beforeEach(() => {
  const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  vi.mocked(currentClientAddress).mockResolvedValue(address);
});
