/**
 * Server-side record of each signed-in session. The JWT carries a random session id; only its
 * SHA-256 is stored. Signing out deletes that one row (other devices keep theirs); "sign out
 * everywhere" deletes all rows of the user. Rows live in PostgreSQL, so every instance agrees.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { authSessions } from "../../db/schema";
import type { Executor } from "../../db/types";

/** Matches the JWT's lifetime; renewed while in use, like the cookie. */
export const SESSION_TTL_SECONDS = 2 * 60 * 60;
/** A session's expiry is pushed out at most this often (one write per 5 minutes of use). */
const TOUCH_EVERY_SECONDS = 5 * 60;

const hashId = (sid: string) => createHash("sha256").update(sid).digest("hex");
const ttl = sql`make_interval(secs => ${SESSION_TTL_SECONDS})`;

export async function createSession(db: Executor, userId: string): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  await db.insert(authSessions).values({ idHash: hashId(sid), userId, expiresAt: sql`now() + ${ttl}` });
  return sid;
}

/** Whether the session is live for this user; extends it while in use. */
export async function isSessionLive(db: Executor, sid: unknown, userId: unknown): Promise<boolean> {
  if (typeof sid !== "string" || typeof userId !== "string" || sid.length > 100) return false;
  const idHash = hashId(sid);
  const [row] = await db
    .select({ lastSeenAt: authSessions.lastSeenAt })
    .from(authSessions)
    .where(and(eq(authSessions.idHash, idHash), eq(authSessions.userId, userId), gt(authSessions.expiresAt, sql`now()`)));
  if (!row) return false;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_SECONDS * 1000) {
    await db.update(authSessions).set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + ${ttl}` }).where(eq(authSessions.idHash, idHash));
  }
  return true;
}

export async function endSession(db: Executor, sid: unknown): Promise<void> {
  if (typeof sid !== "string") return;
  await db.delete(authSessions).where(eq(authSessions.idHash, hashId(sid)));
}

export async function endAllSessions(db: Executor, userId: string): Promise<number> {
  const gone = await db.delete(authSessions).where(eq(authSessions.userId, userId)).returning({ id: authSessions.idHash });
  return gone.length;
}

export async function pruneExpiredSessions(db: Executor, now: Date = new Date()): Promise<number> {
  const gone = await db.delete(authSessions).where(lt(authSessions.expiresAt, now)).returning({ id: authSessions.idHash });
  return gone.length;
}
