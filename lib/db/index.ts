import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isEmbeddedUrl } from "./embedded-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startDatabaseQuery } from "@/lib/observability/server-timing";

// One client per process: Next.js dev reloads modules, so the instance is kept on globalThis
// to avoid opening a new pool on every reload.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// pg's query() overloads cannot be restated one by one: the wrappers below pass their arguments
// through untouched and only watch the outcome.
/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyQuery = (...args: any[]) => any;

/** Times a query from the call (in the caller's request) until its promise settles. */
function timedQuery(query: AnyQuery, self: unknown, args: any[]): any {
  const end = startDatabaseQuery();
  const last = args.at(-1);
  if (typeof last === "function") {
    return query.apply(self, [
      ...args.slice(0, -1),
      (...results: any[]) => {
        end();
        return last(...results);
      },
    ]);
  }
  const result = query.apply(self, args);
  if (result && typeof result.then === "function") result.then(end, end);
  else end();
  return result;
}

/**
 * Queries outside transactions go through the pool, transactions through a client: both report how
 * long they keep the database busy (Server-Timing). The pool runs its own queries on its clients
 * with a callback, which the client leaves to the pool to time.
 */
class TimedClient extends pg.Client {
  override query(...args: any[]): any {
    const query = super.query as AnyQuery;
    return typeof args.at(-1) === "function" ? query.apply(this, args) : timedQuery(query, this, args);
  }
}

class TimedPool extends pg.Pool {
  override query(...args: any[]): any {
    return timedQuery(super.query as AnyQuery, this, args);
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Names each distinct SQL text so that every connection prepares it once and PostgreSQL can keep its
 * plan: the dashboard aggregates took 3 to 5 ms to plan for 1 to 5 ms of execution. The names are
 * bounded by the application's query shapes. (Behind PgBouncer in transaction mode, named statements
 * need PgBouncer 1.21+ with max_prepared_statements set.)
 */
function preparedStatementName(query: { sql: string; argTypes: unknown }): string {
  return `ti_${createHash("sha256").update(query.sql).update(JSON.stringify(query.argTypes)).digest("base64url").slice(0, 32)}`;
}

function createPrismaClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app through `npm run dev` or `npm start`.");
  }
  const pool = new TimedPool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    Client: TimedClient,
  });
  return new PrismaClient({
    adapter: new PrismaPg(pool, {
      disposeExternalPool: true,
      // The embedded PGlite serves every connection in one session, where the names would collide.
      ...(isEmbeddedUrl(connectionString) ? {} : { statementNameGenerator: preparedStatementName }),
    }),
  });
}

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

export async function disconnectPrisma(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}
