/** npm run db:migrate — applies the committed migrations to DATABASE_URL or the embedded database. */
import { openDatabase } from "../db/connect";
import { appConnection } from "../db/index";
import { runCli } from "./cli";

await runCli(async () => {
  const handle = await openDatabase(appConnection());
  try {
    await handle.migrate();
    console.log(`Migrations applied (${handle.kind}).`);
  } finally {
    await handle.close();
  }
});
