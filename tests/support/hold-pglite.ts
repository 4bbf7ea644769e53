/** Child process for the lock test: opens a PGlite folder, writes a row, and holds it open. */
import { sql } from "drizzle-orm";
import { openDatabase } from "../../db/connect";

const dir = process.argv[2]!;
try {
  const handle = await openDatabase({ kind: "pglite", dir });
  await handle.db.execute(sql`create table if not exists probe (n int)`);
  await handle.db.execute(sql`insert into probe values (1)`);
  console.log("ready");
  setInterval(() => {}, 1000);
} catch (error) {
  console.error((error as Error).message);
  process.exit(3);
}
