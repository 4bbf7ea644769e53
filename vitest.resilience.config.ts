/**
 * The resilience suite (`npm run test:resilience`): the database driver through a fault proxy,
 * then production builds of the app under load through database outages, a killed instance
 * and two instances on one PostgreSQL. Needs TEST_DATABASE_URL (a PostgreSQL server on which
 * it creates and drops its own databases). Files run one after another: they start servers.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      "server-only": fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/resilience/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    globalSetup: ["tests/resilience/support/global-setup.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
