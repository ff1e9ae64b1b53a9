import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { seedReferenceData } from "../../prisma/seed/reference";
import { deployMigrations } from "./migrations/engine";

/** Brings a database to the current schema and writes the programme's reference data. */
export async function prepareDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  const { applied } = await deployMigrations({ databaseUrl });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    await seedReferenceData(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return { applied };
}
