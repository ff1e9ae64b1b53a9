import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; tests call server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup-env.ts", "tests/setup-mocks.ts"],
    // The embedded PGlite server runs every connection in one session: transactions of test files
    // running in parallel would interleave. Against a real PostgreSQL, files run in parallel.
    fileParallelism: Boolean(process.env.TEST_DATABASE_URL),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
