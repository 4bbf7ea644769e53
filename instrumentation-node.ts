/**
 * Opens, migrates and (on a fresh embedded database) seeds the database when the server
 * starts, so the first request does not wait. A locked PGlite folder stops the server with
 * a clear message instead of risking data. Then starts the background jobs (e-mail outbox,
 * automatic reminders), which log their own failures and never stop the server.
 */
import { getDatabaseHandle, getDb } from "./db";
import { DatabaseLockedError } from "./db/pglite-lock";
import { startBackgroundJobs } from "./lib/email/jobs";
import { installPeerHeader } from "./lib/security/peer-header";

// Rate limits key on the socket address; stamp it before any request is handled.
installPeerHeader();

try {
  await getDatabaseHandle();
} catch (error) {
  if (error instanceof DatabaseLockedError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  console.error("Salesradar: the database could not be opened.", error);
}

try {
  startBackgroundJobs(getDb);
} catch (error) {
  console.error("Salesradar: the background jobs could not start.", error);
}
