// `npm run db:seed`: applies migrations and writes the reference data (idempotent);
// `npm run db:seed:demo` adds the demo accounts (refused in production).
import { openDatabase } from "./db/open";
import { prepareDatabase } from "./db/prepare";

const demo = process.argv.includes("--demo");
const database = await openDatabase();
try {
  console.log(`Seeding ${database.description}`);
  await prepareDatabase(database.url, { demo });
  console.log(demo ? "Reference data and demo accounts are up to date." : "Reference data is up to date.");
} finally {
  await database.stop();
}
