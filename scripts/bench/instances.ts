// `npm run bench -- --instances N`: pages served by one app instance, then by N, behind the same
// reverse proxy (deploy/Caddyfile, Debian's caddy), in one run on one database: the throughput each
// setup reaches and the CPU each process used while under load.
import os from "node:os";
import { randomBytes } from "node:crypto";
import { startAppInstances, startReverseProxy, type RunningProcess } from "../app-instances";
import { BENCH_PASSWORD, benchUsers } from "./dataset";
import { runLoad, type LoadResult } from "./load";
import type { BenchPage } from "./pages";
import { machineBusySeconds, processTreeCpuSeconds } from "./process-cpu";
import { signIn } from "./server";

/** CPU used during the load, in cores: CPU seconds per second of load (1 = one core all along). */
export type CpuShare = { name: string; cores: number };

export type InstancesRun = LoadResult & {
  page: string;
  instances: number;
  connections: number;
  processes: CpuShare[];
  /** Every process of the machine (PostgreSQL, the proxy, the load generator, anything else). */
  machineCores: number;
};

const CONNECTIONS = 10;

async function measure(
  run: { page: BenchPage; instances: number; url: string; cookie: string; seconds: number },
  processes: { name: string; pid: number }[],
): Promise<InstancesRun> {
  const cpuBefore = processes.map(({ pid }) => processTreeCpuSeconds(pid));
  const selfBefore = process.cpuUsage();
  const machineBefore = machineBusySeconds();
  const started = performance.now();
  const load = await runLoad({ url: run.url, cookie: run.cookie, connections: CONNECTIONS, seconds: run.seconds });
  const elapsed = (performance.now() - started) / 1000;
  const self = process.cpuUsage(selfBefore);
  const shares: CpuShare[] = processes.map(({ name, pid }, index) => ({
    name,
    cores: (processTreeCpuSeconds(pid) - cpuBefore[index]!) / elapsed,
  }));
  shares.push({ name: "load generator", cores: (self.user + self.system) / 1e6 / elapsed });
  return {
    ...load,
    page: run.page.name,
    instances: run.instances,
    connections: CONNECTIONS,
    processes: shares,
    machineCores: (machineBusySeconds() - machineBefore) / elapsed,
  };
}

/**
 * For each count (1, then N), starts that many instances (`npm start`'s way, no worker) and the
 * proxy on the ports from `basePort`, signs the page's user in through the proxy, warms every
 * instance up, then loads each page through the proxy for `seconds`.
 */
export async function measureInstances(options: {
  counts: number[];
  databaseUrl: string;
  basePort: number;
  seconds: number;
  pages: BenchPage[];
}): Promise<InstancesRun[]> {
  const runs: InstancesRun[] = [];
  for (const count of options.counts) {
    const proxyPort = options.basePort;
    const publicUrl = `http://127.0.0.1:${proxyPort}`;
    let instances: RunningProcess[] = [];
    let proxy: RunningProcess | undefined;
    try {
      instances = await startAppInstances({
        ports: Array.from({ length: count }, (_, index) => proxyPort + 1 + index),
        databaseUrl: options.databaseUrl,
        publicUrl,
        secret: randomBytes(32).toString("base64url"),
        env: { TRUSTED_PROXIES: "127.0.0.1" },
      });
      proxy = await startReverseProxy({
        port: proxyPort,
        upstreams: instances.map(({ origin }) => new URL(origin).host),
      });
      const processes = [
        ...instances.map(({ pid }, index) => ({ name: `instance ${index + 1}`, pid })),
        { name: "proxy (caddy)", pid: proxy.pid },
      ];
      for (const page of options.pages) {
        const cookie = await signIn(proxy.origin, benchUsers[page.user].email, BENCH_PASSWORD);
        const url = `${proxy.origin}${page.path}`;
        // Round robin: every instance gets its share of the warm-up.
        await runLoad({ url, cookie, connections: 2, amount: 30 * count });
        const run = await measure({ page, instances: count, url, cookie, seconds: options.seconds }, processes);
        console.log(
          `  ${page.name}, ${count} instance${count > 1 ? "s" : ""}: ${run.requestsPerSecond.toFixed(1)} req/s, ` +
            `p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms, ${run.errors} errors; CPU (cores) ` +
            run.processes.map((share) => `${share.name} ${share.cores.toFixed(2)}`).join(", ") +
            `; machine ${run.machineCores.toFixed(2)} of ${os.cpus().length}`,
        );
        runs.push(run);
      }
    } finally {
      await proxy?.stop();
      await Promise.all(instances.map((instance) => instance.stop()));
    }
  }
  return runs;
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "—");

/** The section BENCHMARKS.md gets when the run had `--instances N`. */
export function renderInstancesSection(runs: InstancesRun[], seconds: number): string {
  const most = Math.max(...runs.map((run) => run.instances));
  // The columns of the run with the most processes, in its order: instances, proxy, load generator.
  const widest = runs.reduce((wide, run) => (run.processes.length > wide.processes.length ? run : wide));
  const cpuColumns = widest.processes.map((share) => share.name);
  const cpuOf = (run: InstancesRun, name: string) => run.processes.find((share) => share.name === name);
  const rows = runs.map((run) =>
    [
      run.page,
      String(run.instances),
      fixed(run.requestsPerSecond, 1),
      fixed(run.p50, 1),
      fixed(run.p95, 1),
      String(run.errors),
      ...cpuColumns.map((name) => {
        const share = cpuOf(run, name);
        return share ? fixed(share.cores, 2) : "—";
      }),
      fixed(run.machineCores, 2),
    ].join(" | "),
  );
  const pages = [...new Set(runs.map((run) => run.page))];
  const gains = pages.map((page) => {
    const one = runs.find((run) => run.page === page && run.instances === 1);
    const many = runs.find((run) => run.page === page && run.instances === most);
    const ratio = one && many ? many.requestsPerSecond / one.requestsPerSecond : Number.NaN;
    return `- ${page}: ${most} instances serve ${fixed(ratio, 2)}× the requests per second of one.`;
  });
  return [
    "",
    `## Several instances behind one proxy (\`--instances ${most}\`)`,
    "",
    "The same pages through the reverse proxy of `deploy/Caddyfile` (Debian's caddy), served by one app",
    `instance, then by ${most}, on the same database, in the same run: ${CONNECTIONS} connections for ${seconds} s`,
    "per page, after a warm-up of every instance. CPU is each process's user + system time during the",
    "load (`/proc/<pid>/stat`; an instance counts its `npm start` wrapper), in cores: CPU seconds per",
    'second of load. The load generator is autocannon, in the benchmark\'s own process. "Machine" is',
    `every process of this ${os.cpus().length}-core machine together (PostgreSQL included, and whatever else ran then).`,
    "",
    `| page | instances | req/s | p50 (ms) | p95 (ms) | errors | ${cpuColumns.map((name) => `CPU ${name}`).join(" | ")} | CPU machine |`,
    `| ${["---", "--:", "--:", "--:", "--:", "--:", ...cpuColumns.map(() => "--:"), "--:"].join(" | ")} |`,
    ...rows.map((row) => `| ${row} |`),
    "",
    ...gains,
    "",
    "A second instance adds throughput only where a single one leaves cores idle: when the machine",
    `column is near ${os.cpus().length} with one instance, the processes already share every core (PostgreSQL,`,
    "the proxy and the load generator run here too), and more instances mostly split the same CPU.",
    "",
  ].join("\n");
}
