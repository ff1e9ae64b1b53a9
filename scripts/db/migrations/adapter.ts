// Driver adapter handed to the WebAssembly schema engine: @prisma/adapter-pg with the fixes the
// engine needs. The engine has no network access of its own; every query goes through here.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// PostgreSQL's single-byte `"char"` type (pg_constraint.contype, pg_class.relkind, ...), which the
// engine reads while describing a database but adapter-pg 7.10.1 cannot map to a column type.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// Result rows holding `"char"` columns, keyed by the rows array adapter-pg passes through
// unchanged: it lets the adapter wrapper retype exactly those columns, even when several queries
// are in flight on the same connection pool.
const charColumnsByRows = new WeakMap<unknown[], number[]>();

type QueryResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] };

function isQueryResultLike(value: unknown): value is QueryResultLike {
  return typeof value === "object" && value !== null && "fields" in value && "rows" in value;
}

/**
 * Presents `"char"` columns to adapter-pg as text (pg then returns the raw one-letter string)
 * and remembers their positions so `retypeCharColumns` can report them as Character, the type
 * the engine insists on (with Text it panics: "Getting constraint_type ... as char failed").
 */
function recordCharColumns(result: unknown): void {
  // pg returns an array of results for multi-statement scripts; those never reach the engine.
  if (!isQueryResultLike(result) || !result.fields || !result.rows) return;
  const positions: number[] = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      positions.push(index);
    }
  });
  if (positions.length > 0) charColumnsByRows.set(result.rows, positions);
}

type PromiseQuery = (...args: unknown[]) => unknown;

/** Wraps `target.query` so that promise-returning calls get their `"char"` columns recorded. */
function interceptQuery(target: { query: unknown }): void {
  const original = (target.query as PromiseQuery).bind(target);
  target.query = (...args: unknown[]) => {
    const returned = original(...args);
    // Callback-style calls return undefined; adapter-pg only uses promises, and pg.Pool#query
    // uses callbacks internally on its clients, which must be left alone.
    if (returned instanceof Promise) {
      return returned.then((result: unknown) => {
        recordCharColumns(result);
        return result;
      });
    }
    return returned;
  };
}

/**
 * A pg pool whose queries, including those run by pooled clients inside transactions, tolerate
 * `"char"` columns.
 */
function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  interceptQuery(pool);
  pool.on("connect", (client) => interceptQuery(client));
  // An idle client losing its server (e.g. a shadow database being stopped) must not crash the
  // process with an unhandled 'error' event; the next query reports the failure anyway.
  pool.on("error", () => {});
  return pool;
}

function retypeCharColumns(resultSet: SqlResultSet): SqlResultSet {
  const positions = charColumnsByRows.get(resultSet.rows);
  if (!positions) return resultSet;
  const columnTypes = [...resultSet.columnTypes];
  for (const position of positions) columnTypes[position] = ColumnTypeEnum.Character;
  return { ...resultSet, columnTypes };
}

function wrapQueryable<T extends SqlQueryable>(inner: T) {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query: SqlQuery) => retypeCharColumns(await inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => inner.executeRaw(query),
  };
}

function wrapTransaction(inner: Transaction): Transaction {
  return {
    ...wrapQueryable(inner),
    options: inner.options,
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
    createSavepoint: inner.createSavepoint?.bind(inner),
    rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
    releaseSavepoint: inner.releaseSavepoint?.bind(inner),
  };
}

export type ConnectOptions = {
  /**
   * Pool size, 1 by default: PGlite serves a single session to all its connections, so a
   * transaction on one connection would see statements sent on another. The engine runs its
   * statements one after another anyway, so real PostgreSQL loses nothing.
   */
  maxConnections?: number;
  /** Runs after the pool has been closed (e.g. stop the server behind a shadow database). */
  onDispose?: () => Promise<void>;
};

/** Opens a driver adapter on `connectionString`, suitable for the schema engine. */
export async function connectMigrationAdapter(
  connectionString: string,
  { maxConnections = 1, onDispose }: ConnectOptions = {},
): Promise<SqlDriverAdapter> {
  // Prisma's native engine honours `?schema=` by setting the search_path; this adapter does not,
  // so such a URL would silently migrate the public schema instead.
  const schema = new URL(connectionString).searchParams.get("schema");
  if (schema !== null && schema !== "public") {
    throw new Error(`Only the "public" schema is supported; remove "schema=${schema}" from the database URL.`);
  }
  const pool = createPool(connectionString, maxConnections);
  const inner = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  let disposed: Promise<void> | undefined;
  return {
    ...wrapQueryable(inner),
    // adapter-pg splits scripts on every ';' (breaking semicolons inside strings, comments and
    // function bodies) and runs the pieces one by one. Sending the whole script as a single
    // simple-protocol query (no parameters) is what Prisma's native engine does: PostgreSQL runs
    // it as one implicit transaction, so a failing migration leaves no half-applied changes.
    executeScript: async (script: string) => {
      await inner.executeRaw({ sql: script, args: [], argTypes: [] });
    },
    startTransaction: async (isolationLevel?: IsolationLevel) =>
      wrapTransaction(await inner.startTransaction(isolationLevel)),
    getConnectionInfo: () => inner.getConnectionInfo(),
    // The engine and our own cleanup may both dispose an adapter; closing twice would throw.
    dispose: () => {
      disposed ??= inner.dispose().finally(() => onDispose?.());
      return disposed;
    },
  };
}

export type ShadowDatabase = { url: string; close: () => Promise<void> };

export type MigrationAdapterFactoryOptions = {
  /** The database to migrate; omitted for operations that only need a shadow database. */
  databaseUrl?: string;
  /** Provides a new, empty database each time the engine asks for a shadow database. */
  createShadowDatabase: () => Promise<ShadowDatabase>;
};

export type MigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Disposes every adapter still open (the engine does not always dispose what it opened). */
  disposeAll: () => Promise<void>;
};

export function createMigrationAdapterFactory({
  databaseUrl,
  createShadowDatabase,
}: MigrationAdapterFactoryOptions): MigrationAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    return {
      ...adapter,
      dispose: () => {
        open.delete(adapter);
        return adapter.dispose();
      },
    };
  };
  const connectToThrowAwayDatabase = async (shadow: ShadowDatabase) => {
    try {
      return track(await connectMigrationAdapter(shadow.url, { onDispose: shadow.close }));
    } catch (error) {
      await shadow.close();
      throw error;
    }
  };
  // Without a target database (checking migrations), the engine still connects to a "main"
  // database at start-up, only to read the server version. It gets a throw-away database, which
  // the first shadow database then reuses: the engine never writes to the main database in a
  // diff, and this saves starting a second PGlite (~2 s).
  let spare: Promise<ShadowDatabase> | undefined;

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => {
      if (databaseUrl) return track(await connectMigrationAdapter(databaseUrl));
      spare = createShadowDatabase();
      return connectToThrowAwayDatabase(await spare);
    },
    // PrismaPg#connectToShadowDb is broken in 7.10.1, and a throw-away in-memory database is
    // faster and needs no CREATE DATABASE privilege anyway.
    connectToShadowDb: async () => {
      const reused = spare;
      spare = undefined;
      return connectToThrowAwayDatabase(await (reused ?? createShadowDatabase()));
    },
    disposeAll: async () => {
      await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
      open.clear();
    },
  };
}
