import { describe, expect, it } from "vitest";
import { adaptDumpScript, lineOfPosition } from "./dump-script";

// The opening and closing of a PostgreSQL 18 pg_dump script, as written by pg_dump 17.6 / 18.0 and later.
const DUMP = `--
-- PostgreSQL database dump
--

\\restrict AbCd123

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.3

SET statement_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.note (body text);

INSERT INTO public.note VALUES
\t('first line
SET transaction_timeout = 0;
\\restrict inside a value');

--
-- PostgreSQL database dump complete
--

\\unrestrict AbCd123

`;

const POSTGRES_15 = new Set(["statement_timeout", "client_encoding"]);

describe("adapting a pg_dump script to the server it is loaded into", () => {
  it("leaves out the opening's settings the server does not know and psql's guard, line for line", () => {
    const { sql, skippedSettings } = adaptDumpScript(DUMP, POSTGRES_15);

    expect(skippedSettings).toEqual(["transaction_timeout"]);
    expect(sql.split("\n")).toHaveLength(DUMP.split("\n").length);
    expect(sql).toContain(
      "\nSET statement_timeout = 0;\n-- db:import: unknown to this server: SET transaction_timeout = 0;\n",
    );
    expect(sql).not.toMatch(/^\\(un)?restrict AbCd123$/m);
  });

  it("never changes a statement's text, even a value that looks like the opening", () => {
    const { sql } = adaptDumpScript(DUMP, POSTGRES_15);

    expect(sql).toContain("\t('first line\nSET transaction_timeout = 0;\n\\restrict inside a value');");
  });

  it("keeps every setting a newer server knows", () => {
    const { sql, skippedSettings } = adaptDumpScript(DUMP, new Set([...POSTGRES_15, "transaction_timeout"]));

    expect(skippedSettings).toEqual([]);
    expect(sql).toContain("\nSET transaction_timeout = 0;\n");
  });

  it("refuses an archive, a file that is no dump, an incomplete dump and rows loaded by COPY, saying what to do", () => {
    expect(() => adaptDumpScript("PGDMP\u0001\u000e", POSTGRES_15)).toThrow(
      /pg_dump archive \(custom format\): restore it with pg_restore/,
    );
    expect(() => adaptDumpScript("CREATE TABLE x ();", POSTGRES_15)).toThrow("This file is not a pg_dump script");
    const cut = DUMP.slice(0, DUMP.indexOf("INSERT"));
    expect(() => adaptDumpScript(cut, POSTGRES_15)).toThrow(/the file is incomplete\. Export it again\./);
    const copy = DUMP.replace("INSERT INTO public.note VALUES", "COPY public.note (body) FROM stdin;\nfirst\n\\.\n");
    expect(() => adaptDumpScript(copy, POSTGRES_15)).toThrow(
      /COPY … FROM stdin \(pg_dump's default\), which only psql can feed\. Export it with `npm run db:export`/,
    );
  });

  it("turns a server error's position into the file's line", () => {
    const sql = "SELECT 1;\nSELECT 2;\nSELEC 3;";
    expect(lineOfPosition(sql, sql.indexOf("SELEC 3") + 1)).toBe(3);
    expect(lineOfPosition(sql, 1)).toBe(1);
  });
});
