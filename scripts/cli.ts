/** Runs a command-line script: expected failures print their message only, with exit code 1. */
import { DatabaseLockedError } from "../db/pglite-lock";
import { EnvError } from "../lib/env";

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof DatabaseLockedError || error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
