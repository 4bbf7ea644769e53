/**
 * Applies the committed migrations on PostgreSQL, serialized between app instances that start
 * at the same moment: everything runs in one transaction that first takes a transaction-level
 * advisory lock. Unlike a session lock, that also holds behind PgBouncer in transaction mode
 * (a session lock there stays with whichever server connection took it). Same bookkeeping as
 * drizzle's migrator (drizzle.__drizzle_migrations), so either can read the other's work.
 */
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { Sql } from "postgres";

// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK_ID = 727_3100_2026;

export async function migrateSerialized(client: Sql, migrationsFolder: string): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  return client.begin(async (tx) => {
    // Waiting for another instance's migration is the point: no statement timeout here.
    await tx`set local statement_timeout = 0`;
    await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`;
    await tx`create schema if not exists drizzle`;
    await tx`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
    const [last] = await tx<{ created_at: string }[]>`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`;
    let applied = 0;
    for (const migration of migrations) {
      if (last && Number(last.created_at) >= migration.folderMillis) continue;
      for (const statement of migration.sql) await tx.unsafe(statement);
      await tx`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`;
      applied++;
    }
    return applied;
  });
}
