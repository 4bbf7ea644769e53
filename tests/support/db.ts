/**
 * One migrated database per test worker (PGlite in memory, or the run's PostgreSQL database),
 * emptied between test files with TRUNCATE … RESTART IDENTITY CASCADE.
 */
import { sql } from "drizzle-orm";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../db/connect";
import type { Database } from "../../db/types";

const holder = globalThis as typeof globalThis & { __testDatabase?: Promise<DatabaseHandle> };

export const dbKind = () => inject("dbKind");

export function testDatabase(): Promise<Database> {
  holder.__testDatabase ??= (async () => {
    if (inject("dbKind") === "postgres") return openDatabase({ kind: "postgres", url: inject("postgresUrl") });
    const handle = await openDatabase({ kind: "pglite-memory" });
    await handle.migrate();
    return handle;
  })();
  return holder.__testDatabase.then((h) => h.db);
}

export async function resetDatabase(db: Database): Promise<void> {
  const tables = await db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const rows = Array.isArray(tables) ? tables : (tables as unknown as { rows: { tablename: string }[] }).rows;
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  if (names) await db.execute(sql.raw(`truncate ${names} restart identity cascade`));
}
