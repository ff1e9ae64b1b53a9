import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../embedded";
import { assertPgDumpCanRead, exportDatabase } from "./export";

describe("pg_dump's version against the server's", () => {
  it("reads a server of its own major version or older, and says what to install for a newer one", () => {
    expect(() => assertPgDumpCanRead(15, 15)).not.toThrow();
    expect(() => assertPgDumpCanRead(17, 15)).not.toThrow();
    expect(() => assertPgDumpCanRead(15, 18)).toThrow(
      "pg_dump 15 cannot dump a PostgreSQL 18 server (pg_dump reads servers of its own major version or older). " +
        "Install PostgreSQL 18's client tools or newer",
    );
  });
});

describe("exporting the embedded database", () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ti-export-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

  it("refuses its directory while another process serves it, and its server's URL, writing no file", async () => {
    const dir = await tempDir();
    const dataDir = path.join(dir, "pglite");
    const outFile = path.join(dir, "export.sql");
    const server = await startEmbeddedPostgres({ dataDir, port: 0 });
    try {
      await expect(exportDatabase({ dataDir }, outFile)).rejects.toThrow(
        `The embedded database in ${dataDir} is in use by process ${process.pid}`,
      );
      await expect(exportDatabase({ databaseUrl: server.url }, outFile)).rejects.toThrow(
        "DATABASE_URL names the embedded database served by `npm run dev`. Stop it and run db:export without DATABASE_URL",
      );
    } finally {
      await server.stop();
    }
    expect(existsSync(outFile)).toBe(false);
  });

  it("refuses a directory that holds no database rather than exporting an empty one", async () => {
    const dir = await tempDir();
    await expect(exportDatabase({ dataDir: dir }, path.join(dir, "export.sql"))).rejects.toThrow(
      `There is no embedded database in ${dir}`,
    );
  });
});
