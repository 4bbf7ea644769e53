import "server-only";
/**
 * Periodic clean-up that keeps secrets and counters from piling up (every instance may run it;
 * each step is a plain conditional DELETE/UPDATE): expired rate-limit counters, ended
 * sessions, and outbox links that expired or were withdrawn.
 */
import type { Database } from "../db/types";
import { pruneExpiredSessions } from "./auth/sessions";
import { sweepOutboxLinks } from "./email/link-sweep";
import { pruneExpiredBuckets } from "./security/rate-limit";

export async function runHousekeeping(db: Database): Promise<{ buckets: number; sessions: number; links: number }> {
  return {
    buckets: await pruneExpiredBuckets(db),
    sessions: await pruneExpiredSessions(db),
    links: await sweepOutboxLinks(db),
  };
}
