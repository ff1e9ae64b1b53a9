import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";

async function queryOne(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  const dirs: string[] = [];
  const tempDataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ti-embedded-"));
    dirs.push(dir);
    return path.join(dir, "pglite");
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("keeps data across restarts and never opens one directory twice", async () => {
    const dataDir = tempDataDir();
    const first = await startEmbeddedPostgres({ dataDir, port: 0 });
    await queryOne(first.url, "CREATE TABLE kept (value text)");
    await queryOne(first.url, "INSERT INTO kept VALUES ('bonjour')");

    const second = await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(second.reused).toBe(true);
    expect(second.url).toBe(first.url);
    await second.stop();
    await first.stop();

    const reopened = await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(reopened.reused).toBe(false);
    expect(await queryOne(reopened.url, "SELECT value FROM kept")).toEqual({ value: "bonjour" });
    await reopened.stop();
  });

  it("takes over the lock of a process that died", async () => {
    const dataDir = tempDataDir();
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, port: 1 }));
    const database = await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(database.reused).toBe(false);
    expect(await queryOne(database.url, "SELECT 1 AS one")).toEqual({ one: 1 });
    await database.stop();
  });
});
