import { inject } from "vitest";
import { openDatabase } from "../../db/connect";

/** Applies the migrations a second time to the run's database: it must be a no-op. */
export async function migrateAgain(): Promise<void> {
  if (inject("dbKind") !== "postgres") {
    const handle = await openDatabase({ kind: "pglite-memory" });
    await handle.migrate();
    await handle.migrate();
    await handle.close();
    return;
  }
  const handle = await openDatabase({ kind: "postgres", url: inject("postgresUrl") });
  await handle.migrate();
  await handle.close();
}
