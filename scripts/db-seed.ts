/** npm run db:seed — migrates, then adds the demo firms; safe to run again (idempotent). */
import { openDatabase } from "../db/connect";
import { appConnection } from "../db/index";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "../db/seed";
import { runCli } from "./cli";

await runCli(async () => {
  const handle = await openDatabase(appConnection());
  try {
    await handle.migrate();
    await seedDemo(handle.db);
    console.log(`Demo data present (${handle.kind}). Logins (password "${DEMO_PASSWORD}"):`);
    for (const email of Object.values(DEMO_LOGINS)) console.log(`  ${email}`);
  } finally {
    await handle.close();
  }
});
