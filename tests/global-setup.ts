import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "../scripts/db/fresh-database";
import { prepareDatabase } from "../scripts/db/prepare";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One fresh database per test run, migrated and holding the reference data; each test creates
// the rest of the data it needs.
export default async function setup(project: TestProject) {
  const database = await createFreshDatabase("vitest");
  await prepareDatabase(database.url);
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}
