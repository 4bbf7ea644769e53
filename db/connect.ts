/**
 * Opens a database: postgres.js when a URL is given, otherwise embedded PGlite (in a folder
 * guarded by a lock file, or in memory for tests). Applies the committed migrations.
 */
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "../lib/env";
import { DatabaseUnavailableError } from "./availability";
import { migrateSerialized } from "./migrate-postgres";
import { acquirePgliteLock } from "./pglite-lock";
import { createPostgresClient, postgresSettings, type PostgresSettings } from "./postgres-client";
import * as schema from "./schema";
import type { Database } from "./types";

export const MIGRATIONS_FOLDER = path.resolve(/* turbopackIgnore: true */ process.cwd(), "drizzle");

export type Connection =
  | { kind: "postgres"; url: string; settings?: PostgresSettings }
  | { kind: "pglite"; dir: string }
  | { kind: "pglite-memory" };

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: Connection["kind"];
  /** Throws DatabaseUnavailableError at once while the server is known to be unreachable. */
  ensureAvailable(): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(connection: Connection): Promise<DatabaseHandle> {
  if (connection.kind === "postgres") {
    const settings = connection.settings ?? postgresSettings(env);
    const { sql: client, reachability } = createPostgresClient(connection.url, settings);
    const db = drizzlePostgres(client, { schema }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      async ensureAvailable() {
        if (reachability.down && !(await reachability.check())) throw new DatabaseUnavailableError("unreachable");
      },
      async migrate() {
        const lockClient = postgres(connection.url, {
          max: 1,
          onnotice: () => {},
          connect_timeout: settings.connectTimeoutMs / 1000,
          prepare: !settings.pgbouncer,
        });
        try {
          await migrateSerialized(lockClient, MIGRATIONS_FOLDER);
        } finally {
          await lockClient.end();
        }
      },
      close: () => client.end(),
    };
  }
  const lock = connection.kind === "pglite" ? acquirePgliteLock(connection.dir) : null;
  try {
    const client = connection.kind === "pglite" ? new PGlite(connection.dir) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      kind: connection.kind,
      ensureAvailable: async () => {},
      migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }),
      async close() {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
