import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoData } from "../../prisma/seed/demo";
import { seedReferenceData } from "../../prisma/seed/reference";
import { deployMigrations } from "./migrations/engine";

/**
 * Brings a database to the current schema and writes the programme's reference data, and with
 * `demo` the demo accounts (development, tests and demonstrations only).
 */
export async function prepareDatabase(
  databaseUrl: string,
  options: { demo?: boolean } = {},
): Promise<{ applied: string[] }> {
  const { applied } = await deployMigrations({ databaseUrl });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    await seedReferenceData(prisma);
    if (options.demo) await seedDemoData(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return { applied };
}
