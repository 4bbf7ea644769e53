/**
 * npm run db:reset — drops everything and recreates the demo database. Refuses to touch a
 * DATABASE_URL that is not on this machine, so it can never wipe a shared server.
 */
import { rmSync } from "node:fs";
import postgres from "postgres";
import { openDatabase } from "../db/connect";
import { appConnection } from "../db/index";
import { seedDemo } from "../db/seed";
import { env } from "../lib/env";
import { runCli } from "./cli";
import { isLocalDatabaseUrl } from "./local-url";

await runCli(async () => {
  const connection = appConnection();
  if (connection.kind === "postgres") {
    if (!isLocalDatabaseUrl(connection.url)) {
      console.error(
        "db:reset refuses to run: DATABASE_URL points to a server that is not on this machine. " +
          "Reset remote databases by hand.",
      );
      process.exit(1);
    }
    const sql = postgres(connection.url, { max: 1, onnotice: () => {} });
    await sql.unsafe("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
    await sql.end();
  } else if (connection.kind === "pglite") {
    const handle = await openDatabase(connection); // takes the lock: fails clearly while the app runs
    await handle.close();
    rmSync(env.pgliteDir, { recursive: true, force: true });
  }
  const handle = await openDatabase(connection);
  try {
    await handle.migrate();
    await seedDemo(handle.db);
    console.log(`Database reset and seeded (${handle.kind}).`);
  } finally {
    await handle.close();
  }
});
