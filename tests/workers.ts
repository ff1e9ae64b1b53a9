// Worker processes for integration tests: real child processes of scripts/worker.ts on one
// database, as a deployment runs them, so that "exactly once" is tested across processes.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

export type Workers = {
  /** Everything the workers printed, each line prefixed with its worker's number. */
  output(): string;
  /** SIGTERM to each (pg-boss's graceful stop), then waits for them to exit. */
  stop(): Promise<void>;
};

const READY = "[worker] working";

function startWorker(index: number, env: NodeJS.ProcessEnv, lines: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        lines.push(`#${index} ${line}`);
        if (line.startsWith(READY)) resolve(child);
      }
    };
    child.stdout!.on("data", onLine);
    child.stderr!.on("data", onLine);
    child.once("exit", (code) => reject(new Error(`worker #${index} exited (${code}):\n${lines.join("\n")}`)));
  });
}

/**
 * Starts `count` workers on `databaseUrl` and resolves once each is working its queues. `env` is
 * added to this process's environment (SMTP_URL of a test receiver, MAIL_RETRY_* settings).
 */
export async function startWorkers(
  count: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Workers> {
  const lines: string[] = [];
  const workerEnv = { ...process.env, WORKER_POLLING_SECONDS: "0.5", ...env, DATABASE_URL: databaseUrl };
  const started = await Promise.allSettled(
    Array.from({ length: count }, (_, index) => startWorker(index + 1, workerEnv, lines)),
  );
  const children = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const stop = async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, "exit");
        child.kill("SIGTERM");
        await exited;
      }),
    );
  };
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return { output: () => lines.join("\n"), stop };
}

/**
 * Waits until no job is waiting, running or due for a retry on any queue (pg-boss's own cron
 * queue aside), as seen twice in a row. Throws after `timeoutMs`.
 */
export async function waitForIdle(databaseUrl: string, { timeoutMs = 30_000 } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    let idleChecks = 0;
    while (idleChecks < 2) {
      if (Date.now() > deadline) throw new Error(`Jobs still pending after ${timeoutMs} ms.`);
      const { rows } = await client.query<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM pgboss.job
          WHERE state IN ('created', 'retry', 'active') AND name NOT LIKE '\\_\\_pgboss\\_\\_%'`,
      );
      idleChecks = rows[0]!.pending === 0 ? idleChecks + 1 : 0;
      await sleep(250);
    }
  } finally {
    await client.end();
  }
}
