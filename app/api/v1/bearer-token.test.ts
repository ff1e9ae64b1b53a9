import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { generateApiToken } from "@/lib/api-tokens/token";
import { apiAction, apiError, apiTerritoryList } from "@/lib/api/representations";
import { getPrisma } from "@/lib/db";
import { createUser, type TestUser } from "@/tests/factories";
import { actionBody, apiRequest, expectJson, routeContext } from "@/tests/api";
import { POST as createActionRoute } from "./territories/[slug]/actions/route";
import { GET as listTerritories } from "./territories/route";

// Every other test replaces the session resolution (tests/setup-mocks.ts). Here the real one runs,
// reading the request's headers, so that a token goes the whole way: header → session-claims →
// session user → the same createMutation as the pages. The cookie side is next-auth's and is
// replaced by a session chosen per test (or none).
vi.unmock("@/lib/auth/session-claims");
vi.mock("next/headers", () => ({ headers: vi.fn() }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));

const prisma = getPrisma();

type RequestHeaders = Awaited<ReturnType<typeof headers>>;

/** Runs a handler as Next.js would: next/headers answers the headers of the request being handled. */
async function send<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
  request: Request,
  context: Context,
): Promise<Response> {
  vi.mocked(headers).mockResolvedValue(request.headers as RequestHeaders);
  return handler(request, context);
}

const territoriesWith = (token?: string) =>
  send(listTerritories, apiRequest("/api/v1/territories", { token }), undefined);

/** A token stored as createApiToken stores it, for a user created without going through the UI. */
async function tokenOf(user: TestUser): Promise<{ token: string; tokenId: string }> {
  const { token, tokenHash, prefix } = generateApiToken();
  const row = await prisma.apiToken.create({ data: { userId: user.id, name: "Script", tokenHash, prefix } });
  return { token, tokenId: row.id };
}

function signInWithCookie(user: TestUser | null): void {
  vi.mocked(getServerSession).mockResolvedValue(
    user ? { user: { id: user.id, sessionVersion: user.sessionVersion }, expires: "2100-01-01T00:00:00Z" } : null,
  );
}

beforeEach(() => signInWithCookie(null));

describe("a request carrying an API token", () => {
  it("is its owner's: reads are scoped to the owner, mutations are made and audited in their name", async () => {
    const elu = await createUser({ territories: [{ slug: "axe-seine", isBinome: true }] });
    const { token } = await tokenOf(elu);

    const territories = await expectJson(await territoriesWith(token), 200, apiTerritoryList);
    expect(territories.items.map((territory) => territory.slug)).toEqual(["axe-seine"]);

    const request = apiRequest("/api/v1/territories/axe-seine/actions", { method: "POST", json: actionBody(), token });
    const created = await expectJson(
      await send(createActionRoute, request, routeContext({ slug: "axe-seine" })),
      201,
      apiAction,
    );
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "action", entityId: created.id } });
    expect(audit.actorId).toBe(elu.id);

    const refused = apiRequest("/api/v1/territories/caen-industrie/actions", {
      method: "POST",
      json: actionBody(),
      token,
    });
    await expectJson(await send(createActionRoute, refused, routeContext({ slug: "caen-industrie" })), 404, apiError);
  });

  it("stops working once revoked, once its owner is disabled, and when malformed or unknown", async () => {
    const owner = await createUser({ territories: [{ slug: "axe-seine" }] });
    const { token, tokenId } = await tokenOf(owner);
    await expectJson(await territoriesWith(token), 200, apiTerritoryList);

    // Revoked from the account page (cookie session, no token).
    signInWithCookie(owner);
    vi.mocked(headers).mockResolvedValue(new Headers() as RequestHeaders);
    expect(await revokeApiToken({ tokenId })).toMatchObject({ ok: true });
    signInWithCookie(null);
    await expectJson(await territoriesWith(token), 401, apiError);

    const disabled = await createUser({ territories: [{ slug: "axe-seine" }] });
    const second = await tokenOf(disabled);
    await expectJson(await territoriesWith(second.token), 200, apiTerritoryList);
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await expectJson(await territoriesWith(second.token), 401, apiError);

    await expectJson(await territoriesWith(`tip_${"x".repeat(43)}`), 401, apiError);
    await expectJson(await territoriesWith("n-importe-quoi"), 401, apiError);
    await expectJson(await territoriesWith(""), 401, apiError);
  });

  it("is judged by the token alone: a bad token is not rescued by a valid session cookie", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    signInWithCookie(user);
    await expectJson(await territoriesWith(), 200, apiTerritoryList);
    await expectJson(await territoriesWith(`tip_${"x".repeat(43)}`), 401, apiError);
  });

  it("cannot create further tokens, even through the server action", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    const { token } = await tokenOf(user);
    vi.mocked(headers).mockResolvedValue(new Headers({ Authorization: `Bearer ${token}` }) as RequestHeaders);
    expect(await createApiToken({ name: "Successeur" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });
});
