import "server-only";
import PgBoss from "pg-boss";

/**
 * pg-boss keeps its tables in a schema of its own: Prisma's migrations never see them, and
 * `npm run db:check` still compares only our schema with our migrations.
 */
export const QUEUE_SCHEMA = "pgboss";

export type QueueOptions = Pick<PgBoss.Queue, "retryLimit" | "retryDelay" | "retryBackoff" | "expireInSeconds">;

/**
 * A pg-boss instance on `connectionString`. `worker: false` is the send-only kind a request uses:
 * no maintenance, no cron clock, a small pool; only the worker (lib/jobs/worker.ts) runs those.
 */
export function createBoss(connectionString: string, { worker }: { worker: boolean }): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    application_name: worker ? "ti-pilotage-worker" : "ti-pilotage-queue",
    max: worker ? 4 : 2,
    // Creating or upgrading the schema runs under pg-boss's advisory lock: safe from any instance.
    migrate: true,
    supervise: worker,
    schedule: worker,
  });
  // Without a listener an 'error' event would crash the process; pg-boss retries on its own.
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  return boss;
}

type QueueState = { boss?: Promise<PgBoss>; created: Set<string> };

// Kept on globalThis like the Prisma client: Next.js dev reloads modules.
const globalForQueue = globalThis as unknown as { jobQueue?: QueueState };
const state: QueueState = (globalForQueue.jobQueue ??= { created: new Set() });

/** The worker lends its own instance, so that what its jobs enqueue needs no second pool. */
export function lendBoss(boss: PgBoss): void {
  state.boss = Promise.resolve(boss);
}

/** The process's instance: the worker's, else a send-only one started on first use. */
function getBoss(): Promise<PgBoss> {
  if (!state.boss) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue lives in the database.");
    const starting = createBoss(connectionString, { worker: false }).start();
    // A failed start (database down) is tried again by the next caller, not cached.
    starting.catch(() => {
      if (state.boss === starting) state.boss = undefined;
    });
    state.boss = starting;
  }
  return state.boss;
}

/**
 * Creates the queue once per process (pg-boss 10 refuses jobs for a queue it does not know). With
 * options (the worker's definitions), they are written again: createQueue keeps an existing queue's.
 */
export async function ensureQueue(boss: PgBoss, name: string, options?: QueueOptions): Promise<void> {
  if (state.created.has(name) && !options) return;
  await createQueue(boss, name, options);
  if (options) await boss.updateQueue(name, { name, ...options });
  state.created.add(name);
}

const DEADLOCK_DETECTED = "40P01";

/**
 * pg-boss 10 creates a queue (a row, then a partition attached to its job table) without its
 * advisory lock: two workers starting together deadlock there (seen in lib/jobs/workers.test.ts).
 * PostgreSQL aborts one of them; tried again, it finds the queue the other one created.
 */
async function createQueue(boss: PgBoss, name: string, options?: QueueOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(name, { name, ...options });
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 5) throw error;
    }
  }
}

/** Adds a job; the id, or null when a singleton key refused it. */
export async function enqueue(name: string, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const boss = await getBoss();
  await ensureQueue(boss, name);
  return boss.send(name, data, options);
}

/** Stops the send-only instance (tests and scripts that enqueue, then exit). */
export async function closeQueue(): Promise<void> {
  const boss = state.boss;
  state.boss = undefined;
  state.created.clear();
  if (boss) await (await boss.catch(() => null))?.stop({ graceful: false, wait: true });
}
