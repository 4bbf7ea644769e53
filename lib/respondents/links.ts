import "server-only";
/**
 * Personal scan links: 256 random bits, only the SHA-256 stored (respondent_links). Each
 * e-mail gets its own link; revoking ends every link of the respondent at once.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { respondentLinks, respondents, scanSessions, type Respondent } from "../../db/schema";
import type { Executor } from "../../db/types";
import { env } from "../env";

export const hashScanToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const scanUrl = (token: string) => `${env.appUrl}/s/${token}`;

/** Issues one more valid link for the respondent and returns its URL (shown or mailed once). */
export async function issueRespondentLink(db: Executor, respondentId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(respondentLinks).values({ respondentId, tokenHash: hashScanToken(token) });
  await db.update(respondents).set({ linkRevokedAt: null, updatedAt: sql`now()` }).where(eq(respondents.id, respondentId));
  return scanUrl(token);
}

/** Ends every link of the respondent at once, and any scan session started with one. */
export async function revokeRespondentLinks(db: Executor, respondentId: string): Promise<void> {
  await db.delete(scanSessions).where(eq(scanSessions.respondentId, respondentId));
  await db
    .update(respondentLinks)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(respondentLinks.respondentId, respondentId), isNull(respondentLinks.revokedAt)));
  await db.update(respondents).set({ linkRevokedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(respondents.id, respondentId));
}

/** Revoke, then issue a fresh link: the old ones stop working at once. */
export async function reissueRespondentLink(db: Executor, respondentId: string): Promise<string> {
  await revokeRespondentLinks(db, respondentId);
  return issueRespondentLink(db, respondentId);
}

/** The respondent a still-valid token belongs to, or null (unknown and revoked look the same). */
export async function findRespondentByToken(db: Executor, token: string): Promise<Respondent | null> {
  if (token.length < 20 || token.length > 200) return null;
  const [row] = await db
    .select({ respondent: respondents })
    .from(respondentLinks)
    .innerJoin(respondents, eq(respondents.id, respondentLinks.respondentId))
    .where(and(eq(respondentLinks.tokenHash, hashScanToken(token)), isNull(respondentLinks.revokedAt)));
  return row?.respondent ?? null;
}
