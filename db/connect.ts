/**
 * Opens a database: postgres.js when a URL is given, otherwise embedded PGlite (in a folder
 * guarded by a lock file, or in memory for tests). Applies the committed migrations.
 */
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";
import type { Database } from "./types";

export const MIGRATIONS_FOLDER = path.resolve(/* turbopackIgnore: true */ process.cwd(), "drizzle");
// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK_ID = 727_3100_2026;

export type Connection =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dir: string }
  | { kind: "pglite-memory" };

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: Connection["kind"];
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(connection: Connection): Promise<DatabaseHandle> {
  if (connection.kind === "postgres") {
    // jit off: the results query's misestimated plan crossed the JIT threshold and spent 412 of
    // 452 ms compiling; the app's queries are short OLTP statements that never gain from JIT.
    const client = postgres(connection.url, { max: 10, onnotice: () => {}, connection: { jit: "off" } });
    const db = drizzlePostgres(client, { schema }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      async migrate() {
        // Several app instances may start at once: serialize migrations with an advisory lock
        // held on one dedicated connection.
        const lockClient = postgres(connection.url, { max: 1, onnotice: () => {} });
        try {
          await lockClient`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
          await migratePostgres(drizzlePostgres(lockClient), { migrationsFolder: MIGRATIONS_FOLDER });
          await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
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
