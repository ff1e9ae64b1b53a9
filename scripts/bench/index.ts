// `npm run bench`: the national-scale benchmark (see BENCHMARKS.md). Creates and fills its own
// database on the configured PostgreSQL, serves the production build against it, loads each page
// with autocannon as a signed-in user of the right role, measures the dashboard aggregates through
// our data layer and as raw SQL, prints the ratios and writes BENCHMARKS.md.
//
//   npm run bench                     the whole run (dataset, build, load)
//   npm run bench -- --seconds 5      shorter load runs (10 s by default)
//   npm run bench -- --keep-data      reuse the benchmark database of the previous run
//   npm run bench -- --no-build       reuse the current production build
//   npm run bench -- --instances 2    also: the floor page and a dashboard served by 1, then 2
//                                     instances behind the reverse proxy (scripts/bench/instances.ts)
//   npm run bench -- --size smoke     the smoke test's tiny dataset (to try the pipeline quickly)
//   npm run bench -- --database NAME  another database than ti_pilotage_bench (same server)
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { measureAggregates } from "./aggregates";
import { measureColdWarm, measureWriteCost, type ColdWarm } from "./freshness";
import { benchServerUrl, countRows, createBenchDatabase, databaseUrl, type DatasetReport } from "./database";
import { BENCH_PASSWORD, BENCH_PERIOD, LARGEST_REGION_CODE, NATIONAL_SIZE, SMOKE_SIZE, benchUsers } from "./dataset";
import { measureInstances, renderInstancesSection } from "./instances";
import { runLoad } from "./load";
import { benchPages, nextStartFloorPage } from "./pages";
import { renderReport, type PageResult } from "./report";
import { medianServerTiming } from "./server-timing";
import { signIn, signInBenchUsers, startProductionServer } from "./server";

const { values: options } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    "keep-data": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    port: { type: "string", default: "3200" },
    instances: { type: "string" },
    size: { type: "string", default: "national" },
    database: { type: "string", default: "ti_pilotage_bench" },
  },
});
const DATABASE_NAME = options.database;
const instanceCount = options.instances === undefined ? undefined : Number(options.instances);
if (instanceCount !== undefined && !(Number.isInteger(instanceCount) && instanceCount >= 2 && instanceCount <= 8)) {
  console.error("--instances takes a number of instances from 2 to 8.");
  process.exit(2);
}
if (options.size !== "national" && options.size !== "smoke") {
  console.error("--size is national or smoke.");
  process.exit(2);
}
const TODAY = "2026-11-27";
const seconds = Number(options.seconds);
const serverUrl = benchServerUrl();

function step(message: string): void {
  console.log(`\n▶ ${message}`);
}

let dataset: DatasetReport;
if (options["keep-data"]) {
  const url = databaseUrl(serverUrl, DATABASE_NAME);
  dataset = {
    url,
    seconds: Number.NaN,
    territorySlug: `banc-${LARGEST_REGION_CODE}-01`,
    regionCode: LARGEST_REGION_CODE,
    counts: await countRows(url),
  };
  step(`Reusing the benchmark database (${dataset.counts.actions} actions)`);
} else {
  step("Creating the benchmark database");
  dataset = await createBenchDatabase(serverUrl, DATABASE_NAME, options.size === "smoke" ? SMOKE_SIZE : NATIONAL_SIZE);
  console.log(`  ${JSON.stringify(dataset.counts)} in ${dataset.seconds.toFixed(1)} s`);
}

if (!options["no-build"]) {
  step("Building the application (npm run build)");
  const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

step("Measuring the aggregates: data layer and raw SQL");
process.env.DATABASE_URL = dataset.url;
const filters = { from: BENCH_PERIOD.from, to: BENCH_PERIOD.to };
const aggregates = await measureAggregates(
  { territorySlug: dataset.territorySlug, regionCode: dataset.regionCode, filters, today: TODAY },
  30,
);
console.table(aggregates);

step("Starting the production server");
const server = await startProductionServer(dataset.url, Number(options.port));
const pageResults: PageResult[] = [];
let coldWarm: ColdWarm[] = [];
try {
  const cookies = await signInBenchUsers(server.origin);
  for (const page of benchPages(dataset.territorySlug)) {
    const url = `${server.origin}${page.path}`;
    const cookie = cookies[page.user];
    step(`${page.name} — ${page.path}`);
    await runLoad({ url, cookie, connections: 2, amount: 30 }); // warm-up: compiled code, caches, pool
    const serverTiming = await medianServerTiming(url, cookie);
    console.log(`  Server-Timing (median of 9 requests): ${JSON.stringify(serverTiming)}`);
    for (const connections of [1, 10]) {
      const result = await runLoad({ url, cookie, connections, seconds });
      console.log(
        `  ${connections} conn.: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors`,
      );
      pageResults.push({ ...page, connections, ...result, serverTiming });
    }
  }
  step("Cold and warm: the first request after a write, then the next");
  const pagesByKey = new Map(benchPages(dataset.territorySlug).map((page) => [page.key, page]));
  coldWarm = await measureColdWarm(
    dataset.url,
    dataset.territorySlug,
    (["territory", "national"] as const).map((key) => {
      const page = pagesByKey.get(key)!;
      return { name: page.name, url: `${server.origin}${page.path}`, cookie: cookies[page.user] };
    }),
  );
  console.table(coldWarm);
} finally {
  await server.stop();
}

step("Reference: the floor page under `next start` (no Server-Timing wrapper)");
const nextStart = await startProductionServer(dataset.url, Number(options.port) + 1, "next-start");
try {
  const cookie = await signIn(nextStart.origin, benchUsers.elu.email, BENCH_PASSWORD);
  const url = `${nextStart.origin}${nextStartFloorPage.path}`;
  await runLoad({ url, cookie, connections: 2, amount: 30 });
  for (const connections of [1, 10]) {
    const result = await runLoad({ url, cookie, connections, seconds });
    console.log(
      `  ${connections} conn.: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms`,
    );
    pageResults.push({ ...nextStartFloorPage, connections, ...result });
  }
} finally {
  await nextStart.stop();
}

step("Cost of a write, with and without the data-version trigger");
const writeCost = await measureWriteCost(dataset.url, dataset.territorySlug);
console.log(`  ${JSON.stringify(writeCost)}`);

let instancesSection = "";
if (instanceCount !== undefined) {
  step(`Several instances behind the reverse proxy (deploy/Caddyfile): 1, then ${instanceCount}`);
  const runs = await measureInstances({
    counts: [1, instanceCount],
    databaseUrl: dataset.url,
    basePort: Number(options.port) + 2,
    seconds,
    pages: benchPages(dataset.territorySlug).filter((page) => page.key === "floor" || page.key === "territory"),
  });
  instancesSection = renderInstancesSection(runs, seconds);
}

const report = renderReport({
  dataset,
  aggregates,
  pages: pageResults,
  seconds,
  date: new Date(),
  coldWarm,
  writeCost,
});
writeFileSync("BENCHMARKS.md", report.markdown + instancesSection);
console.log(`\n${report.summary}\n\nWritten to BENCHMARKS.md.`);
