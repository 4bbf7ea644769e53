/**
 * Counters in PostgreSQL, so a limit holds across server instances.
 * - `registerHit` counts one event in a fixed window; at the limit the key is blocked (hard).
 * - `reserveSlot` never blocks for long: each failure pushes the key's next free moment
 *   further out (growing delay), so attempts on one key are spread over time.
 * Every row carries `expiresAt`; `pruneExpiredBuckets` deletes rows that no longer matter.
 */
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { rateLimitBuckets } from "../../db/schema";
import type { Executor } from "../../db/types";

export interface RateLimitRule {
  /** Events allowed per window before the key is blocked. */
  readonly limit: number;
  readonly windowSeconds: number;
  readonly blockSeconds: number;
}

const secs = (n: number) => sql`make_interval(secs => ${n})`;

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
  const expired = sql`${rateLimitBuckets.windowStartedAt} < now() - ${secs(rule.windowSeconds)}`;
  const newCount = sql`case when ${expired} then 1 else ${rateLimitBuckets.count} + 1 end`;
  const blockedUntil = sql`case when ${newCount} >= ${rule.limit} then now() + ${secs(rule.blockSeconds)} else ${rateLimitBuckets.blockedUntil} end`;
  const keepUntil = sql`now() + ${secs(Math.max(rule.windowSeconds, rule.blockSeconds))}`;
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({
      key,
      count: 1,
      windowStartedAt: sql`now()`,
      blockedUntil: rule.limit <= 1 ? sql`now() + ${secs(rule.blockSeconds)}` : null,
      expiresAt: keepUntil,
    })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        count: newCount,
        windowStartedAt: sql`case when ${expired} then now() else ${rateLimitBuckets.windowStartedAt} end`,
        blockedUntil,
        expiresAt: keepUntil,
      },
    })
    .returning({ count: rateLimitBuckets.count });
  return { count: row?.count ?? 1, blocked: (row?.count ?? 1) >= rule.limit };
}

export interface SlowdownRule {
  /** Failures within the window before any delay. */
  readonly freeFailures: number;
  /** Delay after the first delayed failure; doubles with each further failure. */
  readonly baseDelaySeconds: number;
  readonly maxDelaySeconds: number;
  /** Failures are forgotten after this long without one. */
  readonly windowSeconds: number;
}

/** The delay that the `failures`-th failure adds before the next attempt. */
export function slowdownDelay(rule: SlowdownRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** (failures - rule.freeFailures));
}

/** Seconds to wait before the key's next attempt may be checked (0: now). */
export async function slotWait(db: Executor, key: string): Promise<number> {
  const [row] = await db
    .select({ until: rateLimitBuckets.blockedUntil })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, key), gt(rateLimitBuckets.blockedUntil, sql`now()`)));
  return row?.until ? Math.max(0, (row.until.getTime() - Date.now()) / 1000) : 0;
}

/** Counts a failure and moves the key's next free moment out by the rule's growing delay. */
export async function registerSlowdown(db: Executor, key: string, rule: SlowdownRule): Promise<number> {
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, count: 1, windowStartedAt: sql`now()`, expiresAt: sql`now() + ${secs(rule.windowSeconds)}` })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        count: sql`case when ${rateLimitBuckets.expiresAt} < now() then 1 else ${rateLimitBuckets.count} + 1 end`,
        expiresAt: sql`now() + ${secs(rule.windowSeconds)}`,
      },
    })
    .returning({ count: rateLimitBuckets.count });
  const delay = slowdownDelay(rule, row?.count ?? 1);
  if (delay > 0) {
    await db
      .update(rateLimitBuckets)
      .set({ blockedUntil: sql`greatest(coalesce(${rateLimitBuckets.blockedUntil}, now()), now()) + ${secs(delay)}` })
      .where(eq(rateLimitBuckets.key, key));
  }
  return delay;
}

export async function clearKey(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
}

/** Deletes counters whose window and block are over; returns how many. */
export async function pruneExpiredBuckets(db: Executor, now: Date = new Date()): Promise<number> {
  const gone = await db
    .delete(rateLimitBuckets)
    .where(and(lt(rateLimitBuckets.expiresAt, now), sql`coalesce(${rateLimitBuckets.blockedUntil} < ${now.toISOString()}::timestamptz, true)`))
    .returning({ key: rateLimitBuckets.key });
  return gone.length;
}
