import "server-only";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * One figure of a dashboard: the SQL that computes it and the mapping of its rows to what the page
 * shows. Kept apart so that the benchmark can run the same SQL through `pg` (the database's floor)
 * and compare it with the time through our data layer, and check that both give the same figures.
 */
export type Aggregate<Result> = {
  sql: Prisma.Sql;
  map: (rows: unknown[]) => Result;
};

export async function runAggregate<Result>(aggregate: Aggregate<Result>): Promise<Result> {
  return aggregate.map(await getPrisma().$queryRaw<unknown[]>(aggregate.sql));
}
