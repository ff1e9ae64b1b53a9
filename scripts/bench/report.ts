// BENCHMARKS.md: the machine, the dataset, the raw figures, the ratios we judge on, the budgets.
import os from "node:os";
import type { AggregateTiming } from "./aggregates";
import type { DatasetReport } from "./database";
import type { LoadResult } from "./load";
import type { BenchPage } from "./pages";

export type PageResult = BenchPage & LoadResult & { connections: number };

type Budget = { label: string; limit: number; measured: number; unit: "ms" | "×" };

const number = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "—");

function find(pages: PageResult[], key: BenchPage["key"], connections: number): PageResult | undefined {
  return pages.find((page) => page.key === key && page.connections === connections);
}

export function budgets(pages: PageResult[], aggregates: AggregateTiming[]): Budget[] {
  const floor = find(pages, "floor", 1)?.p50 ?? Number.NaN;
  return [
    {
      label: "Territory dashboard, p95 at 10 connections",
      limit: 150,
      measured: find(pages, "territory", 10)?.p95 ?? NaN,
      unit: "ms",
    },
    {
      label: "National comparison, p95 at 10 connections",
      limit: 400,
      measured: find(pages, "national", 10)?.p95 ?? NaN,
      unit: "ms",
    },
    {
      label: "Territory dashboard, p50 / floor p50 (1 connection)",
      limit: 3,
      measured: (find(pages, "territory", 1)?.p50 ?? NaN) / floor,
      unit: "×",
    },
    {
      label: "National comparison, p50 / floor p50 (1 connection)",
      limit: 6,
      measured: (find(pages, "national", 1)?.p50 ?? NaN) / floor,
      unit: "×",
    },
    ...aggregates.map((aggregate) => ({
      label: `${aggregate.name}: data layer / raw SQL`,
      limit: 1.5,
      measured: aggregate.ratio,
      unit: "×" as const,
    })),
  ];
}

const met = (budget: Budget) => Number.isFinite(budget.measured) && budget.measured <= budget.limit;

export function renderReport(input: {
  dataset: DatasetReport;
  aggregates: AggregateTiming[];
  pages: PageResult[];
  seconds: number;
  date: Date;
}): { markdown: string; summary: string } {
  const { dataset, aggregates, pages } = input;
  const floor = find(pages, "floor", 1)?.p50 ?? Number.NaN;
  const allBudgets = budgets(pages, aggregates);
  const errors = pages.reduce((sum, page) => sum + page.errors, 0);
  const mismatches = aggregates.filter((aggregate) => !aggregate.identical);
  const cpus = os.cpus();
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (see the README). Timings on a shared machine are noisy: we judge on",
    "**ratios measured in the same run** — each page against the floor page, each aggregate through our",
    "data layer against the same SQL run raw — and keep absolute budgets for the 10-connection case.",
    "",
    `- Date: ${input.date.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}`,
    "- Server: production build (`next build`), one process (`scripts/serve.ts`), PostgreSQL on the same machine",
    `- Dataset: ${dataset.counts.territories} territories in ${dataset.counts.regions} regions, ${dataset.counts.actions.toLocaleString("en")} actions, ${dataset.counts.progressUpdates.toLocaleString("en")} progress updates, ${dataset.counts.fundingLines.toLocaleString("en")} funding lines, ${dataset.counts.indicators.toLocaleString("en")} indicators` +
      (Number.isFinite(dataset.seconds) ? ` — generated in ${number(dataset.seconds)} s` : ""),
    `- Load: autocannon, ${input.seconds} s per run after a warm-up, signed in as a real user of each page's role`,
    "",
    "## Budgets",
    "",
    "| Budget | Limit | Measured | |",
    "| --- | ---: | ---: | --- |",
    ...allBudgets.map(
      (budget) =>
        `| ${budget.label} | ${budget.limit} ${budget.unit} | ${number(budget.measured, budget.unit === "ms" ? 0 : 2)} ${budget.unit} | ${met(budget) ? "met" : "**not met**"} |`,
    ),
    "",
    `Errors (non-200 responses, timeouts): ${errors}. Aggregates identical through the data layer and raw SQL: ${mismatches.length === 0 ? "yes" : `no (${mismatches.map((m) => m.name).join(", ")})`}.`,
    "",
    "## Pages",
    "",
    "| Page | User | Connections | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors | p50 / floor p50 |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...pages.map(
      (page) =>
        `| ${page.name} (\`${page.path}\`) | ${page.user} | ${page.connections} | ${number(page.requestsPerSecond)} | ${page.p50} | ${page.p95} | ${page.p99} | ${page.errors} | ${number(page.p50 / floor, 2)} |`,
    ),
    "",
    "## Aggregates: data layer against raw SQL",
    "",
    "Median of 30 alternating runs of each aggregate of the pages above, through `lib/dashboard` (Prisma",
    "with the pg adapter, then the mapping to what the page shows) and the same SQL text and parameters",
    "through `pg`.",
    "",
    "| Aggregate | Data layer (ms) | Raw SQL (ms) | Ratio | Same figures |",
    "| --- | ---: | ---: | ---: | --- |",
    ...aggregates.map(
      (a) =>
        `| ${a.name} | ${number(a.dataLayerMs, 2)} | ${number(a.rawSqlMs, 2)} | ${number(a.ratio, 2)} | ${a.identical ? "yes" : "**no**"} |`,
    ),
    "",
  ];
  const unmet = allBudgets.filter((budget) => !met(budget));
  const summary = [
    ...allBudgets.map(
      (b) => `${met(b) ? "✔" : "✘"} ${b.label}: ${number(b.measured, 2)} ${b.unit} (limit ${b.limit} ${b.unit})`,
    ),
    `${unmet.length === 0 ? "All budgets met" : `${unmet.length} budget(s) not met`}, ${errors} errors.`,
  ].join("\n");
  return { markdown: lines.join("\n"), summary };
}
