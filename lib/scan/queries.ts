import "server-only";
/**
 * Data access of the respondent's scan. Every function takes the database and ids or values
 * (never a request), so the route handlers stay thin and the tests call these directly.
 * The respondent is always the one the scan session resolved to: nothing here accepts a
 * respondent id from the browser.
 */
import { and, eq, sql } from "drizzle-orm";
import { clients, engagements, firms, respondents, scanAnswers, type EngagementStatus } from "../../db/schema";
import type { Executor } from "../../db/types";
import { acceptsAnswers } from "../engagements/status";
import type { Locale } from "../model/types";
import { findRespondentByToken } from "../respondents/links";
import { blockedFor, registerHit, type RateLimitRule } from "../security/rate-limit";
import { ScanError } from "./errors";
import { createScanSession } from "./session";

/** Failed link look-ups per IP: a handful of mistakes is fine, enumeration is not. */
export const SCAN_LINK_FAILURE_RULE: RateLimitRule = { limit: 20, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** All link look-ups per IP (a whole office behind one address still fits comfortably). */
export const SCAN_LINK_LOOKUP_RULE: RateLimitRule = { limit: 600, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

const failureKey = (ip: string) => `scan-link:fail:${ip}`;
const lookupKey = (ip: string) => `scan-link:all:${ip}`;

export interface LinkView {
  readonly respondent: {
    readonly id: string;
    readonly name: string;
    readonly locale: Locale;
    readonly startedAt: Date | null;
    readonly submittedAt: Date | null;
    readonly answeredCount: number;
  };
  /** Only what respondents may see: never the consultant's internal title. */
  readonly engagement: { readonly respondentTitle: string | null; readonly status: EngagementStatus };
  readonly client: { readonly name: string };
  readonly firm: {
    readonly name: string;
    readonly primaryColor: string | null;
    readonly accentColor: string | null;
    /** For the firm's public logo URL (the landing page has no scan session yet). */
    readonly id: string;
    /** Short content hash of the logo, or null without one. */
    readonly logoVersion: string | null;
  };
}

export type LinkLookup =
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "invalid" }
  | { kind: "valid"; view: LinkView };

/**
 * Looks a personal link up, rate limited per IP address. Unknown and revoked links give the
 * same answer. Changes nothing but the rate-limit counters (a GET of the link is not "opened").
 */
export async function lookupScanLink(db: Executor, input: { token: string; ip: string | null }): Promise<LinkLookup> {
  const ip = input.ip ?? "unknown";
  const wait = Math.max(await blockedFor(db, failureKey(ip)), await blockedFor(db, lookupKey(ip)));
  if (wait > 0) return { kind: "throttled", retryAfterSeconds: wait };
  await registerHit(db, lookupKey(ip), SCAN_LINK_LOOKUP_RULE);
  const respondent = await findRespondentByToken(db, input.token);
  if (!respondent) {
    await registerHit(db, failureKey(ip), SCAN_LINK_FAILURE_RULE);
    return { kind: "invalid" };
  }
  const [row] = await db
    .select({
      respondentTitle: engagements.respondentTitle,
      status: engagements.status,
      clientName: clients.name,
      firmName: firms.name,
      primaryColor: firms.primaryColor,
      accentColor: firms.accentColor,
      logoVersion: sql<string | null>`substr(md5(${firms.logo}), 1, 12)`,
    })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .innerJoin(firms, eq(firms.id, engagements.firmId))
    .where(and(eq(engagements.id, respondent.engagementId), eq(engagements.firmId, respondent.firmId)));
  if (!row) return { kind: "invalid" };
  return {
    kind: "valid",
    view: {
      respondent: {
        id: respondent.id,
        name: respondent.name,
        locale: respondent.locale,
        startedAt: respondent.startedAt,
        submittedAt: respondent.submittedAt,
        answeredCount: respondent.answeredCount,
      },
      engagement: { respondentTitle: row.respondentTitle, status: row.status },
      client: { name: row.clientName },
      firm: { name: row.firmName, primaryColor: row.primaryColor, accentColor: row.accentColor, id: respondent.firmId, logoVersion: row.logoVersion },
    },
  };
}

export type StartResult =
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "invalid" }
  | { kind: "closed" }
  | { kind: "submitted" }
  | { kind: "started"; token: string; expiresAt: Date };

/**
 * "Start" (a POST): exchanges a valid link of an open engagement for a scan session and marks
 * the respondent as having opened the scan (started_at, first time only).
 */
export async function startScan(db: Executor, input: { token: string; ip: string | null }): Promise<StartResult> {
  const lookup = await lookupScanLink(db, input);
  if (lookup.kind !== "valid") return lookup;
  const { respondent, engagement } = lookup.view;
  if (respondent.submittedAt) return { kind: "submitted" };
  if (!acceptsAnswers(engagement.status)) return { kind: "closed" };
  return db.transaction(async (tx) => {
    const session = await createScanSession(tx, respondent.id);
    await tx
      .update(respondents)
      .set({ startedAt: sql`coalesce(${respondents.startedAt}, now())`, updatedAt: sql`now()` })
      .where(eq(respondents.id, respondent.id));
    return { kind: "started" as const, ...session };
  });
}

/** value and client sequence number of one stored answer. */
export type StoredAnswer = readonly [value: string, seq: number];

export interface AnswerSnapshot {
  readonly answers: Record<string, StoredAnswer>;
  /** The highest sequence number stored for the respondent (0 when none). */
  readonly maxSeq: number;
  /** The server's clock (ms) when read: the browser's sequence numbers follow it. */
  readonly serverNow: number;
}

export async function loadAnswers(db: Executor, respondentId: string): Promise<AnswerSnapshot> {
  const rows = await db
    .select({ key: scanAnswers.key, value: scanAnswers.value, seq: scanAnswers.seq })
    .from(scanAnswers)
    .where(eq(scanAnswers.respondentId, respondentId));
  const answers: Record<string, StoredAnswer> = {};
  let maxSeq = 0;
  for (const row of rows) {
    answers[row.key] = [row.value, Number(row.seq)];
    maxSeq = Math.max(maxSeq, Number(row.seq));
  }
  return { answers, maxSeq, serverNow: Date.now() };
}

export interface AnswerInput {
  readonly key: string;
  readonly value: string;
  readonly seq: number;
}

/** Autosave lives in ./save (one prepared statement). */
export { saveAnswers } from "./save";

export interface SaveResult {
  /** Keys whose sent value is now stored. */
  readonly applied: readonly string[];
  /** Keys that were not applied because the server already has a newer (or equal) sequence: the stored answer. */
  readonly current: Record<string, StoredAnswer>;
  readonly maxSeq: number;
}

/**
 * Locks the respondent (serialising submit against saves, which lock it too) and shares the
 * engagement's row (so a close waits for a submit in flight).
 */
async function lockForAnswers(tx: Executor, respondentId: string) {
  const [respondent] = await tx
    .select({ id: respondents.id, engagementId: respondents.engagementId, firmId: respondents.firmId, submittedAt: respondents.submittedAt })
    .from(respondents)
    .where(eq(respondents.id, respondentId))
    .for("no key update");
  if (!respondent) throw new ScanError("invalid_session");
  const [engagement] = await tx
    .select({ status: engagements.status, modelVersion: engagements.modelVersion })
    .from(engagements)
    .where(and(eq(engagements.id, respondent.engagementId), eq(engagements.firmId, respondent.firmId)))
    .for("share");
  if (!engagement) throw new ScanError("invalid_session");
  return { respondent, engagement };
}

/**
 * Submit: idempotent. The first call sets submitted_at; later calls change nothing and report
 * the original moment. Refused while the engagement is not open (unless already submitted).
 */
export async function submitScan(db: Executor, respondentId: string): Promise<{ submittedAt: Date; firstTime: boolean }> {
  return db.transaction(async (tx) => {
    const { respondent, engagement } = await lockForAnswers(tx, respondentId);
    if (respondent.submittedAt) return { submittedAt: respondent.submittedAt, firstTime: false };
    if (!acceptsAnswers(engagement.status)) throw new ScanError("engagement_closed");
    const [row] = await tx
      .update(respondents)
      .set({ submittedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(respondents.id, respondentId), sql`${respondents.submittedAt} is null`))
      .returning({ submittedAt: respondents.submittedAt });
    if (!row?.submittedAt) throw new ScanError("already_submitted");
    return { submittedAt: row.submittedAt, firstTime: true };
  });
}

/** The respondent's language for the scan (and its e-mails), chosen on the welcome page. */
export async function setRespondentLocale(db: Executor, respondentId: string, locale: Locale): Promise<void> {
  await db.update(respondents).set({ locale, updatedAt: sql`now()` }).where(eq(respondents.id, respondentId));
}

const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp", "image/svg+xml"] as const;

/** The firm's logo for the scan header, or null. */
export async function firmLogo(db: Executor, firmId: string): Promise<{ bytes: Buffer; mimeType: string } | null> {
  const [row] = await db.select({ logo: firms.logo, mimeType: firms.logoMimeType }).from(firms).where(eq(firms.id, firmId));
  if (!row?.logo || !row.mimeType || !(LOGO_TYPES as readonly string[]).includes(row.mimeType)) return null;
  return { bytes: row.logo, mimeType: row.mimeType };
}
