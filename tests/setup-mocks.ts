import { vi } from "vitest";

// Integration tests call server code directly, outside a Next.js request: the session cookie is
// replaced by claims each test chooses (tests/session.ts), and cache revalidation is a no-op.
vi.mock("@/lib/auth/session-claims", () => ({ readSessionClaims: vi.fn(async () => null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
