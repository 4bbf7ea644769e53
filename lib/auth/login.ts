/**
 * Credential check, throttled so that attackers are locked out and owners are not
 * (OWASP ASVS 6.3, NIST SP 800-63B 5.2.2):
 * - hard limits per (account, address) and per address: a guesser is blocked, the owner at
 *   another address is not;
 * - per account only a growing delay: failures from many addresses spread out over time,
 *   and the right password from a fresh address still gets in once its turn comes.
 * Unknown accounts take the same path (same counters, a dummy hash is verified), so the
 * answer and the timing are the same. A wrong second-step code counts like a wrong password.
 */
import { eq, sql } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Database } from "../../db/types";
import {
  blockedFor,
  clearKey,
  registerHit,
  registerSlowdown,
  slotWait,
  type RateLimitRule,
  type SlowdownRule,
} from "../security/rate-limit";
import { verifyPassword } from "./password";
import { checkSecondFactor } from "./two-factor";

export const PAIR_LOGIN_RULE: RateLimitRule = { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
export const IP_LOGIN_RULE: RateLimitRule = { limit: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
export const ACCOUNT_SLOWDOWN_RULE: SlowdownRule = { freeFailures: 5, baseDelaySeconds: 1, maxDelaySeconds: 30, windowSeconds: 24 * 60 * 60 };
/** Up to this long the answer waits for the account's turn; beyond it the caller is told when to retry. */
export const MAX_INLINE_WAIT_SECONDS = 3;

export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; locale: "nl" | "en" } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "two_factor_required" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

export const loginKeys = (email: string, address: string) => ({
  pair: `login:pair:${email}|${address}`,
  address: `login:ip:${address}`,
  account: `login:account:${email}`,
});

export async function authenticate(
  db: Database,
  input: { email: string; password: string; code?: string | null; ip: string },
): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const keys = loginKeys(email, input.ip);
  const blocked = Math.max(await blockedFor(db, keys.pair), await blockedFor(db, keys.address));
  if (blocked > 0) return { ok: false, reason: "throttled", retryAfterSeconds: blocked };
  const turn = await slotWait(db, keys.account);
  if (turn > MAX_INLINE_WAIT_SECONDS) return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(turn) };
  if (turn > 0) await sleep(turn);

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  const fail = async (): Promise<LoginResult> => {
    await registerHit(db, keys.pair, PAIR_LOGIN_RULE);
    await registerHit(db, keys.address, IP_LOGIN_RULE);
    await registerSlowdown(db, keys.account, ACCOUNT_SLOWDOWN_RULE);
    return { ok: false, reason: "invalid" };
  };
  if (!user || !valid) return fail();
  if (user.totpEnabledAt) {
    const code = input.code?.trim();
    if (!code) return { ok: false, reason: "two_factor_required" };
    if (!(await checkSecondFactor(db, user.id, code))) return fail();
  }
  await clearKey(db, keys.pair);
  await clearKey(db, keys.account);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, locale: user.locale },
  };
}
