// The benchmark's smoke version, run by `npm test`: the same pipeline on a tiny dataset — fresh
// database, dataset, production server, real sign-ins — with one request per page, checking the
// status, the Server-Timing header and that the figures agree (data layer = raw SQL = the page).
// No timing is judged here. Writes { passed, failed } to the file given as first argument.
import { writeFileSync } from "node:fs";
import pg from "pg";
import { territoryAggregates } from "../../lib/dashboard/territory-queries";
import { createFreshDatabase } from "../db/fresh-database";
import { prepareDatabase } from "../db/prepare";
import { formatInteger } from "../../lib/format";
import { measureAggregates } from "./aggregates";
import { BENCH_PERIOD, SMOKE_SIZE, seedBenchDataset } from "./dataset";
import { benchPages } from "./pages";
import { signInBenchUsers, startProductionServer } from "./server";

const reportFile = process.argv[2];
const tally = { passed: 0, failed: 0 };
function check(name: string, ok: boolean, detail = ""): void {
  tally[ok ? "passed" : "failed"] += 1;
  console.log(`${ok ? "✔" : "✘"} ${name}${ok || !detail ? "" : ` — ${detail}`}`);
}

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("'", "&#x27;");

const database = await createFreshDatabase("bench_smoke");
try {
  await prepareDatabase(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const targets = await seedBenchDataset(client, SMOKE_SIZE).finally(() => client.end());

  process.env.DATABASE_URL = database.url;
  const filters = { from: BENCH_PERIOD.from, to: BENCH_PERIOD.to };
  const today = new Date().toISOString().slice(0, 10);
  const aggregates = await measureAggregates({ ...targets, filters, today }, 1);
  for (const aggregate of aggregates) {
    check(`${aggregate.name}: same figures through the data layer and raw SQL`, aggregate.identical);
  }

  const lister = new pg.Client({ connectionString: database.url });
  await lister.connect();
  const { rows: leadRegions } = await lister.query<{ name: string }>(
    `SELECT DISTINCT r.name FROM "Territory" t JOIN "Region" r ON r.code = t."leadRegionCode" ORDER BY r.name`,
  );
  await lister.end();

  const server = await startProductionServer(database.url, Number(process.env.BENCH_SMOKE_PORT ?? 3201));
  try {
    const cookies = await signInBenchUsers(server.origin);
    const tiles = await tileFigures(database.url, targets.territorySlug, filters, today);
    for (const page of benchPages(targets.territorySlug)) {
      const response = await fetch(`${server.origin}${page.path}`, {
        headers: { cookie: cookies[page.user] },
        redirect: "manual",
      });
      const html = await response.text();
      check(`${page.name}: HTTP 200`, response.status === 200, `HTTP ${response.status}`);
      check(
        `${page.name}: Server-Timing header`,
        /db;dur=[\d.]+.*render;dur=[\d.]+/.test(response.headers.get("server-timing") ?? ""),
        String(response.headers.get("server-timing")),
      );
      if (page.key === "territory") {
        const done = `${formatInteger(tiles.doneCount)} sur ${formatInteger(tiles.actionCount)}`;
        check(`${page.name}: shows the tiles' figures (${done})`, html.includes(done));
      }
      if (page.key === "national") {
        const missing = leadRegions.filter((region) => !html.includes(escapeHtml(region.name)));
        check(
          `${page.name}: compares all ${leadRegions.length} regions`,
          missing.length === 0,
          missing.map((region) => region.name).join(", "),
        );
      }
    }
  } finally {
    await server.stop();
  }
} catch (error) {
  check("bench smoke run", false, error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await database.drop();
}

async function tileFigures(url: string, slug: string, filters: { from: string; to: string }, today: string) {
  // The expected figures, computed by the aggregate's own SQL run raw.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Territory" WHERE slug = $1`, [slug]);
    const { tiles } = territoryAggregates(rows[0]!.id, filters, today);
    return tiles.map((await client.query({ text: tiles.sql.text, values: tiles.sql.values })).rows);
  } finally {
    await client.end();
  }
}

console.log(`\nbench smoke: ${tally.passed} passed, ${tally.failed} failed`);
if (reportFile) writeFileSync(reportFile, JSON.stringify(tally));
process.exit(tally.failed === 0 ? 0 : 1);
