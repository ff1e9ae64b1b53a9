// `npm test`: every check and suite in order, then one line "N passed, N failed" summing them all.
// Static checks (typecheck, lint, db:check, build) count as one each; Vitest and Playwright count
// their tests, read from their JSON reports.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Tally = { passed: number; failed: number };

const reportDir = path.resolve("test-results/reports");
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name: string, command: string, args: string[]): Tally {
  const ok = run(command, args);
  console.log(ok ? `✔ ${name}` : `✘ ${name} failed`);
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function vitest(): Tally {
  const output = path.join(reportDir, "vitest.json");
  const ok = run("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(output);
  if (!report) return { passed: 0, failed: 1 };
  // A suite that crashes before its tests run reports no failed test but exits non-zero.
  return { passed: report.numPassedTests, failed: report.numFailedTests || (ok ? 0 : 1) };
}

function playwright(): Tally {
  const output = path.join(reportDir, "playwright.json");
  const ok = run("playwright", ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(output);
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.stats.unexpected + report.stats.flaky;
  return { passed: report.stats.expected, failed: failed || (ok ? 0 : 1) };
}

/** The benchmark's smoke version (tiny dataset, one request per page, no timing judged). */
function benchSmoke(): Tally {
  const output = path.join(reportDir, "bench-smoke.json");
  const ok = run("tsx", ["--conditions=react-server", "scripts/bench/smoke.ts", output]);
  const report = readJson<Tally>(output);
  if (!report) return { passed: 0, failed: 1 };
  return { passed: report.passed, failed: report.failed || (ok ? 0 : 1) };
}

const tallies: Tally[] = [
  check("typecheck", "npm", ["run", "--silent", "typecheck"]),
  check("lint", "npm", ["run", "--silent", "lint"]),
  check("db:check", "tsx", ["scripts/migrate.ts", "check"]),
  vitest(),
];
const build = check("build", "next", ["build"]);
tallies.push(build);
tallies.push(build.failed ? { passed: 0, failed: 1 } : benchSmoke());
tallies.push(build.failed ? { passed: 0, failed: 1 } : playwright());

const total = tallies.reduce(
  (sum, tally) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed }),
  {
    passed: 0,
    failed: 0,
  },
);
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
