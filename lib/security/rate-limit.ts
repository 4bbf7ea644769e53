/**
 * Fixed-window counters in PostgreSQL, so a limit holds across server instances.
 * `registerHit` counts one event; when the count reaches the limit the key is blocked.
 */
import { and, eq, gt, sql } from "drizzle-orm";
import { rateLimitBuckets } from "../../db/schema";
import type { Executor } from "../../db/types";

export interface RateLimitRule {
  /** Events allowed per window before the key is blocked. */
  readonly limit: number;
  readonly windowSeconds: number;
  readonly blockSeconds: number;
}

/** Seconds until the key may try again, or 0 when it is not blocked. */
export async function blockedFor(db: Executor, key: string): Promise<number> {
  const [row] = await db
    .select({ until: rateLimitBuckets.blockedUntil })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, key), gt(rateLimitBuckets.blockedUntil, sql`now()`)));
  if (!row?.until) return 0;
  return Math.max(1, Math.ceil((row.until.getTime() - Date.now()) / 1000));
}

export async function registerHit(db: Executor, key: string, rule: RateLimitRule): Promise<{ count: number; blocked: boolean }> {
  const expired = sql`${rateLimitBuckets.windowStartedAt} < now() - make_interval(secs => ${rule.windowSeconds})`;
  const newCount = sql`case when ${expired} then 1 else ${rateLimitBuckets.count} + 1 end`;
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, count: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        count: newCount,
        windowStartedAt: sql`case when ${expired} then now() else ${rateLimitBuckets.windowStartedAt} end`,
        blockedUntil: sql`case when ${newCount} >= ${rule.limit} then now() + make_interval(secs => ${rule.blockSeconds}) else ${rateLimitBuckets.blockedUntil} end`,
      },
    })
    .returning({ count: rateLimitBuckets.count, blockedUntil: rateLimitBuckets.blockedUntil });
  if (row && row.count >= rule.limit && !row.blockedUntil) {
    // First insert already at the limit (limit 1): block explicitly.
    await db
      .update(rateLimitBuckets)
      .set({ blockedUntil: sql`now() + make_interval(secs => ${rule.blockSeconds})` })
      .where(eq(rateLimitBuckets.key, key));
  }
  return { count: row?.count ?? 1, blocked: (row?.count ?? 1) >= rule.limit };
}

export async function clearKey(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
}
