import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./secret";

describe("resolveAuthSecret", () => {
  it("uses NEXTAUTH_SECRET when set", () => {
    expect(resolveAuthSecret({ NEXTAUTH_SECRET: "from-env", DATABASE_URL: "postgresql://db" })).toBe("from-env");
  });

  it("refuses to invent one for a real database, where several instances must share it", () => {
    expect(() => resolveAuthSecret({ DATABASE_URL: "postgresql://db" })).toThrow(/NEXTAUTH_SECRET must be set/);
  });

  it("generates and keeps one for the local embedded setup", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ti-secret-"));
    const first = resolveAuthSecret({}, dir);
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(resolveAuthSecret({}, dir)).toBe(first);
    expect(readFileSync(path.join(dir, "nextauth-secret"), "utf8")).toBe(first);
  });
});
