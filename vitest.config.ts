import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { fileURLToPath } from "node:url";
import { env } from "./lib/env.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// The same integration tests run on embedded PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL.
function integration(name: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      environment: "node",
      // One database per worker, reset between files (see tests/support/db.ts).
      isolate: false,
      fileParallelism: false,
      testTimeout: 30_000,
      hookTimeout: 60_000,
      globalSetup: ["tests/support/global-setup.ts"],
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // `server-only` throws outside React Server Components; tests run the server code directly.
      "server-only": fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Property tests run 1,000 generated cases; on a busy 2-core machine 5 s is too tight.
          testTimeout: 30_000,
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "messages/**/*.test.ts", "scripts/**/*.test.ts", "db/**/*.test.ts", "tests/static/**/*.test.ts"],
          environment: "node",
        },
      },
      integration("integration-pglite"),
      ...(env.TEST_DATABASE_URL ? [integration("integration-postgres")] : []),
    ],
  },
});
