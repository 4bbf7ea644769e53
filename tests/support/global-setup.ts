/**
 * Integration tests run once on embedded PGlite and, when TEST_DATABASE_URL is set, once more
 * on real PostgreSQL. For PostgreSQL each run creates its own database and drops it afterwards.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/connect";
import { env } from "../../lib/env";
import { buildPdfWorker } from "../../scripts/pdf-worker-build";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "pglite" | "postgres";
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // The PDF routes render in worker threads that load the bundled renderer.
  await buildPdfWorker();
  if (project.name !== "integration-postgres") {
    project.provide("dbKind", "pglite");
    project.provide("postgresUrl", "");
    return;
  }
  const adminUrl = env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is required for the PostgreSQL integration project");
  const name = `salesradar_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
  await handle.migrate();
  await handle.close();
  project.provide("dbKind", "postgres");
  project.provide("postgresUrl", url.toString());
  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
}
