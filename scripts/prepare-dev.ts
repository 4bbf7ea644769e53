/**
 * Runs before `next dev`: loads the validated environment once, which creates the
 * development secret under .data/ if there is none yet, and says where the data lives.
 */
import { env } from "../lib/env";

console.log(
  env.DATABASE_URL
    ? "Salesradar: using PostgreSQL from DATABASE_URL."
    : `Salesradar: using the embedded database in ${env.pgliteDir} (created and seeded on first start).`,
);
