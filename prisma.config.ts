import { defineConfig } from "prisma/config";

// The URL is read at run time by lib/db/index.ts and scripts/; the CLI only needs it for commands
// that talk to a database, which this project runs through scripts/migrate.ts instead.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
