// `npm run db:seed`: applies migrations and writes the reference data (idempotent).
import { openDatabase } from "../lib/db/open";
import { prepareDatabase } from "../lib/db/prepare";

const database = await openDatabase();
try {
  console.log(`Seeding ${database.description}`);
  await prepareDatabase(database.url);
  console.log("Reference data is up to date.");
} finally {
  await database.stop();
}
