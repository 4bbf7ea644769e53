import "server-only";
/**
 * The signed-in user's own security settings: two-step sign-in (enrol, recovery codes,
 * switch off) and their sessions. Codes checked here are throttled like passwords; every
 * change is in the audit log.
 */
import { eq } from "drizzle-orm";
import { firms } from "../../db/schema";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { endAllSessions } from "../auth/sessions";
import {
  checkSecondFactor,
  confirmEnrolment,
  disableTwoFactor,
  enrolmentView,
  pendingSecret,
  remainingRecoveryCodes,
  replaceRecoveryCodes,
  startEnrolment,
  type Enrolment,
} from "../auth/two-factor";
import { AppError } from "../errors";
import { blockedFor, clearKey, registerHit, type RateLimitRule } from "../security/rate-limit";

/** Wrong codes per account before it must wait (the sign-in limits apply at sign-in). */
export const ACCOUNT_CODE_RULE: RateLimitRule = { limit: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
const codeKey = (userId: string) => `account:code:${userId}`;

export interface SecurityOverview {
  readonly twoFactorEnabled: boolean;
  readonly firmRequires: boolean;
  readonly recoveryCodesLeft: number;
  /** The QR code and secret while enrolling (after "set up", before the first code). */
  readonly enrolment: Enrolment | null;
}

export async function securityOverview(ctx: FirmContext): Promise<SecurityOverview> {
  const secret = ctx.twoFactor.enabled ? null : await pendingSecret(ctx.db, ctx.user.id);
  return {
    twoFactorEnabled: ctx.twoFactor.enabled,
    firmRequires: ctx.twoFactor.required,
    recoveryCodesLeft: ctx.twoFactor.enabled ? await remainingRecoveryCodes(ctx.db, ctx.user.id) : 0,
    enrolment: secret ? await enrolmentView(secret, ctx.user.email) : null,
  };
}

/** Runs `check` unless the account is throttled; a failed check counts. */
async function withCodeCheck(ctx: FirmContext, check: () => Promise<boolean>): Promise<void> {
  const key = codeKey(ctx.user.id);
  if ((await blockedFor(ctx.db, key)) > 0) throw new AppError("throttled");
  if (!(await check())) {
    await registerHit(ctx.db, key, ACCOUNT_CODE_RULE);
    throw new AppError("invalid_code");
  }
  await clearKey(ctx.db, key);
}

const audit = (ctx: FirmContext, action: string) =>
  writeAudit(ctx.db, { firmId: ctx.firm.id, actorUserId: ctx.user.id, action, entityType: "user", entityId: ctx.user.id });

export async function beginTwoFactor(ctx: FirmContext): Promise<void> {
  if (ctx.twoFactor.enabled) throw new AppError("invalid_transition");
  if (!(await startEnrolment(ctx.db, ctx.user))) throw new AppError("invalid_transition");
}

export async function finishTwoFactor(ctx: FirmContext, code: string): Promise<{ recoveryCodes: string[] }> {
  let codes: string[] | null = null;
  await withCodeCheck(ctx, async () => {
    codes = await confirmEnrolment(ctx.db, ctx.user.id, code);
    return codes !== null;
  });
  await audit(ctx, "account.two_factor_enabled");
  return { recoveryCodes: codes! };
}

export async function newRecoveryCodes(ctx: FirmContext, code: string): Promise<{ recoveryCodes: string[] }> {
  if (!ctx.twoFactor.enabled) throw new AppError("invalid_transition");
  await withCodeCheck(ctx, () => checkSecondFactor(ctx.db, ctx.user.id, code));
  const recoveryCodes = await replaceRecoveryCodes(ctx.db, ctx.user.id);
  await audit(ctx, "account.recovery_codes_replaced");
  return { recoveryCodes };
}

export async function turnOffTwoFactor(ctx: FirmContext, code: string): Promise<void> {
  if (!ctx.twoFactor.enabled) throw new AppError("invalid_transition");
  if (ctx.twoFactor.required) throw new AppError("two_factor_required_by_firm");
  await withCodeCheck(ctx, () => checkSecondFactor(ctx.db, ctx.user.id, code));
  await ctx.db.transaction(async (tx) => {
    await disableTwoFactor(tx, ctx.user.id);
    await writeAudit(tx, { firmId: ctx.firm.id, actorUserId: ctx.user.id, action: "account.two_factor_disabled", entityType: "user", entityId: ctx.user.id });
  });
}

/** Ends every session of the user, this one included (other devices on their next request). */
export async function signOutEverywhere(ctx: FirmContext): Promise<{ ended: number }> {
  const ended = await endAllSessions(ctx.db, ctx.user.id);
  await audit(ctx, "account.signed_out_everywhere");
  return { ended };
}

/** Owner: require two-step sign-in of everyone in the firm (only once the owner has it). */
export async function setFirmTwoFactorPolicy(ctx: FirmContext, required: boolean): Promise<{ required: boolean }> {
  if (required && !ctx.twoFactor.enabled) throw new AppError("two_factor_not_enrolled");
  await ctx.db.transaction(async (tx) => {
    await tx.update(firms).set({ requireTwoFactor: required }).where(eq(firms.id, ctx.firm.id));
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: required ? "firm.two_factor_required" : "firm.two_factor_optional",
      entityType: "firm",
      entityId: ctx.firm.id,
    });
  });
  return { required };
}
