import "server-only";
import { getPrisma } from "@/lib/db";

/** Whether the database answers, and how fast: one `select 1`. */
export async function checkDatabase(): Promise<{ reachable: boolean; milliseconds: number }> {
  const started = performance.now();
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return { reachable: true, milliseconds: performance.now() - started };
  } catch {
    return { reachable: false, milliseconds: performance.now() - started };
  }
}
