/**
 * The application's database: opened once per server process (kept on globalThis so hot
 * reloads in development do not open the PGlite folder twice), migrated, and on a fresh
 * embedded database seeded with the demo firm.
 */
import { env } from "../lib/env";
import { openDatabase, type Connection, type DatabaseHandle } from "./connect";
import { isEmpty, seedDemo } from "./seed";
import type { Database } from "./types";

const holder = globalThis as typeof globalThis & { __salesradarDatabase?: Promise<DatabaseHandle> };

export function appConnection(): Connection {
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.pgliteDir };
}

async function start(): Promise<DatabaseHandle> {
  const handle = await openDatabase(appConnection());
  await handle.migrate();
  // The embedded database (and a development PostgreSQL) starts with the demo firm; a
  // production PostgreSQL is seeded only on request (`npm run db:seed`).
  if ((handle.kind !== "postgres" || !env.isProduction) && (await isEmpty(handle.db))) {
    await seedDemo(handle.db);
  }
  return handle;
}

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!holder.__salesradarDatabase) {
    holder.__salesradarDatabase = start();
    // A failed start must not be cached: the next request tries again.
    holder.__salesradarDatabase.catch(() => {
      holder.__salesradarDatabase = undefined;
    });
  }
  return holder.__salesradarDatabase;
}

/** The database, or DatabaseUnavailableError at once while PostgreSQL is known to be unreachable. */
export async function getDb(): Promise<Database> {
  const handle = await getDatabaseHandle();
  await handle.ensureAvailable();
  return handle.db;
}

export type { Database, Executor, Transaction } from "./types";
