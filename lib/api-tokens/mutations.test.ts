import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { createApiToken, revokeApiToken } from "./mutations";
import { listApiTokens } from "./queries";
import { MAX_ACTIVE_API_TOKENS } from "./schemas";
import { bearerTokenOf, findUserByApiToken } from "./verify";

// The mutations look at the request's Authorization header (a token may not mint tokens).
vi.mock("next/headers", () => ({ headers: vi.fn() }));

const prisma = getPrisma();

beforeEach(() => {
  vi.mocked(headers).mockResolvedValue(new Headers() as Awaited<ReturnType<typeof headers>>);
});

async function newToken(user: { id: string; sessionVersion: number }, name = "Tableur de suivi") {
  actAs(user);
  const result = await createApiToken({ name });
  if (!result.ok) throw new Error(`createApiToken failed: ${JSON.stringify(result)}`);
  return result.data;
}

describe("createApiToken", () => {
  it("returns the token once; only its SHA-256 and its first 8 characters are stored", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    const created = await newToken(user, "  Tableur de suivi  ");

    expect(created.token).toMatch(/^tip_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "Tableur de suivi", prefix: created.token.slice(0, 8) });
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.tokenId } });
    expect(row).toMatchObject({
      userId: user.id,
      tokenHash: createHash("sha256").update(created.token).digest("hex"),
      prefix: created.token.slice(0, 8),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(created.token);

    const listed = await listApiTokens(user.id);
    expect(listed).toEqual([
      { id: created.tokenId, name: "Tableur de suivi", prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: null },
    ]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "user", entityId: user.id, operation: "api-token.create" },
    });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.stringify(audit.after)).not.toContain(created.token);
  });

  it("refuses an anonymous caller, a missing name, and more than the active tokens cap", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    actAs(null);
    expect(await createApiToken({ name: "Script" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(user);
    const invalid = await createApiToken({ name: " " });
    expect(invalid).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: [expect.any(String)] } });

    await prisma.apiToken.createMany({
      data: Array.from({ length: MAX_ACTIVE_API_TOKENS }, (_, index) => ({
        userId: user.id,
        name: `Jeton ${index}`,
        tokenHash: `test-${user.id}-${index}`,
        prefix: "tip_test",
      })),
    });
    const capped = await createApiToken({ name: "Un de trop" });
    expect(capped).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: [expect.any(String)] } });
    expect(await prisma.apiToken.count({ where: { userId: user.id } })).toBe(MAX_ACTIVE_API_TOKENS);
  });

  it("refuses a request authenticated by a token, so that a leaked token cannot outlive its revocation", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    const { token } = await newToken(user);
    vi.mocked(headers).mockResolvedValue(
      new Headers({ Authorization: `Bearer ${token}` }) as Awaited<ReturnType<typeof headers>>,
    );
    expect(await createApiToken({ name: "Successeur" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("the token lifecycle", () => {
  it("authenticates its owner until revoked, then never again", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    const { token, tokenId } = await newToken(user);
    expect(await findUserByApiToken(token)).toEqual({ userId: user.id, sessionVersion: user.sessionVersion });

    expect(await revokeApiToken({ tokenId })).toMatchObject({ ok: true });
    expect(await findUserByApiToken(token)).toBeNull();
    expect(await listApiTokens(user.id)).toEqual([]);
    expect(await prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    // Revoking twice is harmless.
    expect(await revokeApiToken({ tokenId })).toMatchObject({ ok: true });
  });

  it("outlives a logout (it carries the current session version) but stops with a disabled account", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    const { token } = await newToken(user);
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findUserByApiToken(token)).toEqual({ userId: user.id, sessionVersion: user.sessionVersion + 1 });

    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findUserByApiToken(token)).toBeNull();
  });

  it("answers nothing for unknown, malformed or truncated tokens", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    const { token } = await newToken(user);
    expect(await findUserByApiToken(`tip_${"A".repeat(43)}`)).toBeNull();
    expect(await findUserByApiToken(token.slice(0, -1))).toBeNull();
    expect(await findUserByApiToken(`${token} `)).toBeNull();
    expect(await findUserByApiToken("")).toBeNull();
  });

  it("records the last use at most once a minute", async () => {
    const user = await createUser({ territories: [{ slug: "axe-seine" }] });
    const { token, tokenId } = await newToken(user);
    const lastUsed = async () => (await prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt;
    const first = new Date("2026-03-02T09:00:00Z");

    await findUserByApiToken(token, first);
    expect(await lastUsed()).toEqual(first);
    await findUserByApiToken(token, new Date(first.getTime() + 59_000));
    expect(await lastUsed()).toEqual(first);
    const later = new Date(first.getTime() + 61_000);
    await findUserByApiToken(token, later);
    expect(await lastUsed()).toEqual(later);
  });
});

describe("revokeApiToken", () => {
  it("answers not found for someone else's token and leaves it working", async () => {
    const owner = await createUser({ territories: [{ slug: "axe-seine" }] });
    const other = await createUser({ college: "ADMIN" });
    const { token, tokenId } = await newToken(owner);

    actAs(other);
    expect(await revokeApiToken({ tokenId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await revokeApiToken({ tokenId: crypto.randomUUID() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await revokeApiToken({ tokenId: "pas-un-id" })).toMatchObject({ ok: false, code: "VALIDATION" });
    actAs(null);
    expect(await revokeApiToken({ tokenId })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await findUserByApiToken(token)).not.toBeNull();
  });
});

describe("bearerTokenOf", () => {
  it("reads the Bearer scheme only", () => {
    expect(bearerTokenOf(null)).toBeUndefined();
    expect(bearerTokenOf("Basic dXNlcjpwYXNz")).toBeUndefined();
    expect(bearerTokenOf("Bearer tip_abc")).toBe("tip_abc");
    expect(bearerTokenOf("bearer   tip_abc ")).toBe("tip_abc");
    expect(bearerTokenOf("Bearer")).toBe("");
    expect(bearerTokenOf("Bearertip_abc")).toBeUndefined();
  });
});
