import "server-only";
/**
 * One-time set-password links: ≥ 128 random bits, only the SHA-256 hash stored, valid for
 * 7 days, used once. Used for new consultants now and client managers later.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { passwordTokens, users } from "../../db/schema";
import type { Database, Executor } from "../../db/types";
import { env } from "../env";
import { AppError } from "../errors";
import { hashPassword } from "./password";

export const SET_PASSWORD_TTL_SECONDS = 7 * 24 * 60 * 60;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a token (invalidating earlier unused ones of the user) and returns the link. */
export async function issueSetPasswordLink(db: Executor, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url"); // 256 bits
  await db
    .update(passwordTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
  await db.insert(passwordTokens).values({
    userId,
    tokenHash: hashToken(token),
    expiresAt: sql`now() + make_interval(secs => ${SET_PASSWORD_TTL_SECONDS})`,
  });
  return `${env.appUrl}/set-password/${token}`;
}

const usable = (token: string) =>
  and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, sql`now()`));

/** The account a still-usable token belongs to, without using it (GET must change nothing). */
export async function peekSetPasswordToken(db: Database, token: string): Promise<{ email: string; name: string } | null> {
  if (token.length < 20 || token.length > 200) return null;
  const [row] = await db
    .select({ email: users.email, name: users.name })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(usable(token));
  return row ?? null;
}

/**
 * Uses the token and sets the password in one transaction. The conditional UPDATE makes it
 * single-use even when two requests race. Bumping the session version ends older sessions.
 */
export async function consumeSetPasswordToken(db: Database, token: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordTokens)
      .set({ usedAt: sql`now()` })
      .where(usable(token))
      .returning({ userId: passwordTokens.userId });
    if (!used) throw new AppError("invalid_token");
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    return { email: user!.email };
  });
}
