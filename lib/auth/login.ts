/**
 * Credential check with throttling per account and per IP. An unknown e-mail and a wrong
 * password give the same answer after about the same time (a dummy hash is verified).
 */
import { eq, sql } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Database } from "../../db/types";
import { blockedFor, clearKey, registerHit, type RateLimitRule } from "../security/rate-limit";
import { verifyPassword } from "./password";

export const ACCOUNT_LOGIN_RULE: RateLimitRule = { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
export const IP_LOGIN_RULE: RateLimitRule = { limit: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; locale: "nl" | "en" } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function authenticate(
  db: Database,
  input: { email: string; password: string; ip: string | null },
): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const accountKey = `login:account:${email}`;
  const ipKey = input.ip ? `login:ip:${input.ip}` : null;
  const waits = await Promise.all([blockedFor(db, accountKey), ipKey ? blockedFor(db, ipKey) : 0]);
  const wait = Math.max(...waits);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) {
    await registerHit(db, accountKey, ACCOUNT_LOGIN_RULE);
    if (ipKey) await registerHit(db, ipKey, IP_LOGIN_RULE);
    return { ok: false, reason: "invalid" };
  }
  await clearKey(db, accountKey);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, locale: user.locale },
  };
}
