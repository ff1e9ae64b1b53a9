// Runs a command (next dev, next start, ...) against a ready database: DATABASE_URL when set,
// otherwise the embedded PGlite server. Migrations are applied and reference data seeded first.
import { spawn } from "node:child_process";
import { resolveAuthSecret } from "../lib/auth/secret";
import { openDatabase } from "./db/open";
import { prepareDatabase } from "./db/prepare";
import { proConnectLocalEnv, startProConnectLocal, type ProConnectLocal } from "./proconnect-local";

const argv = process.argv.slice(2);
const demo = argv[0] === "--demo";
const [command, ...args] = demo ? argv.slice(1) : argv;
if (!command) {
  console.error("Usage: tsx scripts/with-database.ts [--demo] <command> [args...]");
  process.exit(2);
}

// Resolved before the database starts: a missing secret must fail fast.
const authSecret = resolveAuthSecret(process.env);
const port = process.env.PORT ?? "3000";
const database = await openDatabase();
console.log(`TI Pilotage: using ${database.description}`);
try {
  const { applied } = await prepareDatabase(database.url, { demo });
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
} catch (error) {
  console.error("Could not prepare the database:", error);
  await database.stop();
  process.exit(1);
}

const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
console.log(`TI Pilotage will be served at ${appUrl}`);

// PROCONNECT_DEMO=1: the local ProConnect of the end-to-end tests (scripts/proconnect-local.ts), so
// that "S'identifier avec ProConnect" can be tried with the demo accounts' addresses.
let proConnect: ProConnectLocal | null = null;
if (process.env.PROCONNECT_DEMO === "1") {
  proConnect = await startProConnectLocal({ port: Number(process.env.PROCONNECT_LOCAL_PORT ?? 4010), appUrl });
  console.log(`ProConnect (local, demo) at ${proConnect.issuer}: any e-mail address signs in there.`);
}

const child = spawn(command, args, {
  stdio: "inherit",
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    NEXTAUTH_URL: appUrl,
    ...(proConnect ? proConnectLocalEnv(proConnect) : {}),
    NEXTAUTH_SECRET: authSecret,
    DATABASE_URL: database.url,
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", async (code, signal) => {
  await proConnect?.close();
  await database.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
