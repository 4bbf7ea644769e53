import "server-only";
/**
 * One-time password links: ≥ 128 random bits, only the SHA-256 hash stored, used once.
 * - set_password: for an account that has never had a password (new consultant or manager),
 *   valid 7 days, and dead as soon as the account has a password;
 * - reset_password: e-mailed to the person's own address on request of an owner, valid 2 hours.
 * A link is checked (and failures throttled per address) before any password is hashed.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNotNull, isNull, or, sql } from "drizzle-orm";
import { passwordTokens, users } from "../../db/schema";
import type { Database, Executor } from "../../db/types";
import { env } from "../env";
import { AppError } from "../errors";
import { blockedFor, registerHit, type RateLimitRule } from "../security/rate-limit";
import { hashPassword } from "./password";
import { endAllSessions } from "./sessions";

export const SET_PASSWORD_TTL_SECONDS = 7 * 24 * 60 * 60;
export const RESET_PASSWORD_TTL_SECONDS = 2 * 60 * 60;
/** Wrong links per address before that address must wait. */
export const PASSWORD_LINK_FAILURE_RULE: RateLimitRule = { limit: 20, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

export type PasswordLinkPurpose = "set_password" | "reset_password";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a token (invalidating earlier unused ones of the user) and returns the link. */
export async function issuePasswordLink(db: Executor, userId: string, purpose: PasswordLinkPurpose): Promise<string> {
  const token = randomBytes(32).toString("base64url"); // 256 bits
  const ttl = purpose === "set_password" ? SET_PASSWORD_TTL_SECONDS : RESET_PASSWORD_TTL_SECONDS;
  await db
    .update(passwordTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
  await db.insert(passwordTokens).values({
    userId,
    tokenHash: hashToken(token),
    purpose,
    expiresAt: sql`now() + make_interval(secs => ${ttl})`,
  });
  return `${env.appUrl}/set-password/${token}`;
}

export const issueSetPasswordLink = (db: Executor, userId: string) => issuePasswordLink(db, userId, "set_password");

const plausible = (token: string) => token.length >= 20 && token.length <= 200;

const usable = (token: string) =>
  and(
    eq(passwordTokens.tokenHash, hashToken(token)),
    isNull(passwordTokens.usedAt),
    gt(passwordTokens.expiresAt, sql`now()`),
    // A first-password link is dead once the account has a password.
    or(and(eq(passwordTokens.purpose, "set_password"), isNull(users.passwordHash)), and(eq(passwordTokens.purpose, "reset_password"), isNotNull(users.passwordHash))),
  );

/** The account a still-usable token belongs to, without using it (GET must change nothing). */
export async function peekSetPasswordToken(
  db: Executor,
  token: string,
): Promise<{ userId: string; email: string; name: string; purpose: PasswordLinkPurpose } | null> {
  if (!plausible(token)) return null;
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, purpose: passwordTokens.purpose })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(usable(token));
  return row ?? null;
}

/**
 * Uses the token and sets the password. The token is looked up first, so a made-up one costs
 * no hashing; the conditional UPDATE then makes it single-use even when two requests race.
 * Bumping the session version and deleting the sessions ends every older session.
 */
export async function consumeSetPasswordToken(db: Database, token: string, password: string): Promise<{ email: string }> {
  if (!(await peekSetPasswordToken(db, token))) throw new AppError("invalid_token");
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordTokens)
      .set({ usedAt: sql`now()` })
      .from(users)
      .where(and(eq(users.id, passwordTokens.userId), usable(token)))
      .returning({ userId: passwordTokens.userId });
    if (!used) throw new AppError("invalid_token");
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    await endAllSessions(tx, used.userId);
    return { email: user!.email };
  });
}

/** The public entry point: wrong links are counted per address, and an address over the limit waits. */
export async function setPasswordFromLink(db: Database, input: { token: string; password: string; ip: string }): Promise<{ email: string }> {
  const key = `password-link:fail:${input.ip}`;
  if ((await blockedFor(db, key)) > 0) throw new AppError("throttled");
  try {
    return await consumeSetPasswordToken(db, input.token, input.password);
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_token") await registerHit(db, key, PASSWORD_LINK_FAILURE_RULE);
    throw error;
  }
}
