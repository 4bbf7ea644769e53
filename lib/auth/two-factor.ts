import "server-only";
/**
 * Two-step sign-in with TOTP (RFC 6238, otplib): 30-second codes of 6 digits, one step of
 * clock drift either way, a code never accepted twice (the last used time step is stored).
 * The secret is sealed at rest (lib/security/sealed.ts); recovery codes are stored as keyed
 * hashes and deleted when used.
 */
import { createHmac, randomBytes } from "node:crypto";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { recoveryCodes, users } from "../../db/schema";
import type { Executor } from "../../db/types";
import { env } from "../env";
import { seal, sealedWithOldKey, unseal } from "../security/sealed";

const PURPOSE = "totp-secret";
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "Salesradar";

/** Keyed with the app secret, so a database copy cannot test guesses offline. */
export function recoveryCodeHash(userId: string, code: string): string {
  return createHmac("sha256", env.authSecret).update(`${userId}:${normaliseRecoveryCode(code)}`).digest("hex");
}

export const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();

/** 10 characters of base32 (50 bits), shown as xxxxx-xxxxx. */
function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export const isTotpCode = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ""));

export interface Enrolment {
  /** The secret in base32, for typing into an app that cannot scan. */
  readonly secret: string;
  readonly uri: string;
  /** The QR code of the URI as an SVG document, rendered here (no external service). */
  readonly qrSvg: string;
}

/** Starts (or restarts) enrolment of a user who has no two-step sign-in yet. */
export async function startEnrolment(db: Executor, user: { id: string; email: string }): Promise<Enrolment | null> {
  const secret = generateSecret();
  const [row] = await db
    .update(users)
    .set({ totpSecret: seal(secret, PURPOSE), totpLastStep: null })
    .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  if (!row) return null;
  return enrolmentView(secret, user.email);
}

export async function enrolmentView(secret: string, email: string): Promise<Enrolment> {
  const uri = generateURI({ issuer: ISSUER, label: email, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}

/** The pending (not yet confirmed) secret of a user, to show the same QR code again. */
export async function pendingSecret(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ secret: users.totpSecret, enabled: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  if (!row?.secret || row.enabled) return null;
  return unseal(row.secret, PURPOSE);
}

/** Checks a TOTP code and uses up its time step (no replay); false for a wrong or used code. */
async function spendTotpCode(db: Executor, userId: string, sealedSecret: string, code: string, lastStep: number | null): Promise<boolean> {
  const secret = unseal(sealedSecret, PURPOSE);
  if (!secret) return false;
  const result = await verify({
    secret,
    token: code.replace(/\s/g, ""),
    epochTolerance: 30,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  }).catch(() => ({ valid: false as const }));
  if (!result.valid || !("timeStep" in result)) return false;
  // Conditional: of two requests racing with one code, only one moves the step forward.
  const [moved] = await db
    .update(users)
    // After a key rotation, the secret moves to the current key at its first use.
    .set({ totpLastStep: result.timeStep, ...(sealedWithOldKey(sealedSecret, PURPOSE) ? { totpSecret: seal(secret, PURPOSE) } : {}) })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, result.timeStep))))
    .returning({ id: users.id });
  return Boolean(moved);
}

/** Confirms enrolment with a first code; returns the recovery codes (shown once) or null. */
export async function confirmEnrolment(db: Executor, userId: string, code: string): Promise<string[] | null> {
  const [row] = await db.select({ secret: users.totpSecret, enabled: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  if (!row?.secret || row.enabled || !isTotpCode(code)) return null;
  if (!(await spendTotpCode(db, userId, row.secret, code, null))) return null;
  await db.update(users).set({ totpEnabledAt: sql`now()` }).where(eq(users.id, userId));
  return replaceRecoveryCodes(db, userId);
}

export async function replaceRecoveryCodes(db: Executor, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: recoveryCodeHash(userId, c) })));
  return codes;
}

/**
 * The second step of sign-in (or of a sensitive change): a current TOTP code, or one of the
 * recovery codes, which is then gone. False when the user has no two-step sign-in.
 */
export async function checkSecondFactor(db: Executor, userId: string, code: string): Promise<boolean> {
  const [row] = await db
    .select({ secret: users.totpSecret, enabled: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!row?.secret || !row.enabled) return false;
  if (isTotpCode(code)) return spendTotpCode(db, userId, row.secret, code, row.lastStep);
  if (normaliseRecoveryCode(code).length !== 10) return false;
  const used = await db
    .delete(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, recoveryCodeHash(userId, code))))
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

export async function remainingRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return row?.n ?? 0;
}

export async function disableTwoFactor(db: Executor, userId: string): Promise<void> {
  await db.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}
