/**
 * The resilience suite (`npm run test:resilience`): the database driver through a fault proxy,
 * then production builds of the app under load through database outages, a killed instance,
 * two instances on one PostgreSQL and PgBouncer. Needs TEST_DATABASE_URL (a PostgreSQL server
 * on which it creates and drops its own databases). Files run one after another: they start servers.
 */
import { defineConfig } from "vitest/config";
import { SECRET } from "./tests/resilience/support/app";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["tests/resilience/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    globalSetup: ["tests/resilience/support/global-setup.ts"],
    // The instances' secret: what the tests seal (outbox links) the instances must be able to open.
    env: { NEXTAUTH_SECRET: SECRET },
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
