import "server-only";
/**
 * Scan sessions: "Start" exchanges the personal link for a random 256-bit session token kept in
 * an httpOnly cookie (only its SHA-256 is stored). Every scan page and endpoint resolves the
 * respondent from that cookie; the link token never appears in a scan URL.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { clients, engagements, firms, respondents, scanSessions, type EngagementStatus } from "../../db/schema";
import type { Executor } from "../../db/types";
import type { Locale, RoleGroup } from "../model/types";

/** The session cookie (Path=/: the scan pages and /api/scan both need it). */
export const SCAN_COOKIE = "salesradar_scan";
/**
 * A marker cookie with Path=/scan: the browser sends it only with requests for the scan's own
 * pages, which is how i18n/request.ts knows to use the respondent's stored language there.
 */
export const SCAN_PAGE_COOKIE = "salesradar_scan_page";
export const SCAN_SESSION_DAYS = 30;

export const hashSessionToken = (token: string) => createHash("sha256").update(`scan-session:${token}`).digest("hex");

export interface ScanContext {
  readonly sessionId: string;
  readonly respondent: {
    readonly id: string;
    readonly name: string;
    readonly locale: Locale;
    readonly roleGroup: RoleGroup;
    readonly startedAt: Date | null;
    readonly submittedAt: Date | null;
    readonly answeredCount: number;
  };
  readonly engagement: {
    readonly id: string;
    readonly firmId: string;
    readonly title: string;
    readonly status: EngagementStatus;
    readonly modelVersion: string;
    readonly anonymityK: number;
    readonly closesAt: Date | null;
  };
  readonly client: { readonly name: string };
  readonly firm: {
    readonly id: string;
    readonly name: string;
    readonly primaryColor: string | null;
    readonly accentColor: string | null;
    readonly hasLogo: boolean;
  };
}

/** Creates a session for the respondent and returns the raw token (set once as the cookie). */
export async function createScanSession(db: Executor, respondentId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SCAN_SESSION_DAYS * 24 * 60 * 60 * 1000);
  await db.insert(scanSessions).values({ respondentId, tokenHash: hashSessionToken(token), expiresAt });
  return { token, expiresAt };
}

/**
 * The fields every scan page needs, joined from the session row. Built on call, not at module
 * load: the schema may still be initialising when this module is first evaluated.
 */
const contextColumns = () => ({
  sessionId: scanSessions.id,
  respondentId: respondents.id,
  respondentName: respondents.name,
  locale: respondents.locale,
  roleGroup: respondents.roleGroup,
  startedAt: respondents.startedAt,
  submittedAt: respondents.submittedAt,
  answeredCount: respondents.answeredCount,
  engagementId: engagements.id,
  firmId: engagements.firmId,
  title: engagements.title,
  status: engagements.status,
  modelVersion: engagements.modelVersion,
  anonymityK: engagements.anonymityK,
  closesAt: engagements.closesAt,
  clientName: clients.name,
  firmName: firms.name,
  primaryColor: firms.primaryColor,
  accentColor: firms.accentColor,
  hasLogo: sql<boolean>`${firms.logo} is not null`,
});

/**
 * The respondent a session token belongs to: the session exists and has not expired, and the
 * respondent's links were not revoked after it started (revoking also deletes the sessions;
 * this is the second lock on the same door). Null otherwise.
 */
export async function resolveScanSession(db: Executor, token: string | undefined | null): Promise<ScanContext | null> {
  if (!token || token.length < 20 || token.length > 200) return null;
  const [row] = await db
    .select(contextColumns())
    .from(scanSessions)
    .innerJoin(respondents, eq(respondents.id, scanSessions.respondentId))
    .innerJoin(engagements, eq(engagements.id, respondents.engagementId))
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .innerJoin(firms, eq(firms.id, engagements.firmId))
    .where(
      and(
        eq(scanSessions.tokenHash, hashSessionToken(token)),
        gt(scanSessions.expiresAt, sql`now()`),
        sql`(${respondents.linkRevokedAt} is null or ${respondents.linkRevokedAt} < ${scanSessions.createdAt})`,
        // The respondent and the engagement must belong to the same firm (defence in depth).
        eq(respondents.firmId, engagements.firmId),
      ),
    );
  if (!row) return null;
  return {
    sessionId: row.sessionId,
    respondent: {
      id: row.respondentId,
      name: row.respondentName,
      locale: row.locale,
      roleGroup: row.roleGroup,
      startedAt: row.startedAt,
      submittedAt: row.submittedAt,
      answeredCount: row.answeredCount,
    },
    engagement: {
      id: row.engagementId,
      firmId: row.firmId,
      title: row.title,
      status: row.status,
      modelVersion: row.modelVersion,
      anonymityK: row.anonymityK,
      closesAt: row.closesAt,
    },
    client: { name: row.clientName },
    firm: { id: row.firmId, name: row.firmName, primaryColor: row.primaryColor, accentColor: row.accentColor, hasLogo: Boolean(row.hasLogo) },
  };
}

/** Ends one session (not used by the UI today; kept for tests and a future "sign out"). */
export async function endScanSession(db: Executor, token: string): Promise<void> {
  await db.delete(scanSessions).where(eq(scanSessions.tokenHash, hashSessionToken(token)));
}
