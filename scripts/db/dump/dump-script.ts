// The file `db:export` writes and `db:import` reads: a plain-format pg_dump script. Checked before
// anything is loaded, and adapted to the server it is loaded into.

/** An expected failure of an export or an import, with a message saying what to do. */
export class DumpError extends Error {
  name = "DumpError";
}

const HEADER = /^--\r?\n-- PostgreSQL database dump\r?\n/;
const COMPLETE = /^-- PostgreSQL database dump complete\r?$/gm;
// pg_dump's psql guard (PostgreSQL 17.6, 16.10, 15.14 and later): meta-commands for psql, which
// we do not run through psql. Without psql there is nothing for them to restrict.
const PSQL_GUARD = /^\\(un)?restrict \S+\r?$/;
const SESSION_SETTING = /^SET ([a-z_]+) = .*;\r?$/;
const HEADER_LINE = /^(--.*|\s*|SET [a-z_]+ = .*;|SELECT pg_catalog\.set_config\(.*\);)\r?$/;
const COPY_FROM_STDIN = /^COPY \S.* FROM stdin;\r?$/m;

export type AdaptedScript = {
  /** The script to run, with as many lines as the file, so that a server error's line is the file's. */
  sql: string;
  /** Settings of the script's opening that this server does not know, left out. */
  skippedSettings: string[];
};

/**
 * Checks that `text` is a complete plain pg_dump script that runs as one query, and leaves out
 * of its opening the session settings the target server does not know: a PostgreSQL 17 or later
 * pg_dump starts with `SET transaction_timeout = 0;`, which PostgreSQL 15 and 16 refuse. Those
 * lines only tune the restoring session (timeouts off, encoding, search path); a parameter the
 * server does not have is a behaviour it does not have, so there is nothing to set. Settings
 * elsewhere in the script, and every other statement, are left to the server to accept or refuse.
 */
export function adaptDumpScript(text: string, knownSettings: ReadonlySet<string>): AdaptedScript {
  if (text.startsWith("PGDMP")) {
    throw new DumpError(
      "This file is a pg_dump archive (custom format): restore it with pg_restore (README, Back up and restore). " +
        "db:import reads the plain SQL script that db:export writes.",
    );
  }
  if (!HEADER.test(text)) throw new DumpError("This file is not a pg_dump script (it does not start like one).");
  // The last one: a value in the data could hold the same line.
  const complete = [...text.matchAll(COMPLETE)].at(-1);
  if (!complete) {
    throw new DumpError(
      "This dump stops before pg_dump's closing comment (PostgreSQL database dump complete): the file is incomplete. " +
        "Export it again.",
    );
  }
  if (COPY_FROM_STDIN.test(text)) {
    throw new DumpError(
      "This dump loads its rows with COPY … FROM stdin (pg_dump's default), which only psql can feed. " +
        "Export it with `npm run db:export` (or pg_dump --inserts), or restore it with psql.",
    );
  }

  const lines = text.split("\n");
  const skippedSettings: string[] = [];
  // The opening: comments, settings and the psql guard, up to the first statement.
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (PSQL_GUARD.test(line)) {
      lines[index] = "";
      continue;
    }
    if (!HEADER_LINE.test(line)) break;
    const setting = SESSION_SETTING.exec(line)?.[1];
    if (setting !== undefined && !knownSettings.has(setting)) {
      skippedSettings.push(setting);
      lines[index] = `-- db:import: unknown to this server: ${line}`;
    }
  }
  // The closing: after pg_dump's last comment, only the psql guard's end.
  const closingLine = text.slice(0, complete.index).split("\n").length - 1;
  for (let index = closingLine; index < lines.length; index++) {
    if (PSQL_GUARD.test(lines[index]!)) lines[index] = "";
  }
  return { sql: lines.join("\n"), skippedSettings };
}

/** The line (from 1) of a 1-based character position in a script, as PostgreSQL reports errors. */
export function lineOfPosition(sql: string, position: number): number {
  return sql.slice(0, Math.max(0, position - 1)).split("\n").length;
}
