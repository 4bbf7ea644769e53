/**
 * Two-step sign-in (TOTP, RFC 6238) against the real database: enrolment with a sealed
 * secret, sign-in with a code, replay and wrong codes, throttling like passwords, one-time
 * recovery codes, and the firm policy.
 */
import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../db/seed";
import { recoveryCodes, users } from "../../db/schema";
import { beginTwoFactor, finishTwoFactor, newRecoveryCodes, securityOverview, setFirmTwoFactorPolicy, turnOffTwoFactor } from "../../lib/account/security";
import { mustSetUpTwoFactor, type FirmContext } from "../../lib/auth/context";
import { authenticate, PAIR_LOGIN_RULE } from "../../lib/auth/login";
import { pendingSecret } from "../../lib/auth/two-factor";
import { AppError } from "../../lib/errors";
import { resetDatabase, testDatabase } from "../support/db";
import { contextFor, seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

const code = (promise: Promise<unknown>) => promise.then(() => "resolved", (e: unknown) => (e instanceof AppError ? e.code : String(e)));
const now = () => Math.floor(Date.now() / 1000);
/** The code of the time step `steps` away from now. */
const totp = (secret: string, steps = 0) => generate({ secret, epoch: now() + steps * 30 });

async function enrol(ctx: FirmContext): Promise<{ secret: string; recovery: string[] }> {
  await beginTwoFactor(ctx);
  const secret = (await pendingSecret(db, ctx.user.id))!;
  const { recoveryCodes: recovery } = await finishTwoFactor(ctx, await totp(secret));
  return { secret, recovery };
}

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("enrolment", () => {
  it("stores the secret sealed, shows a locally rendered QR code, and returns ten recovery codes stored as hashes", async () => {
    await beginTwoFactor(f.consultant);
    const overview = await securityOverview(f.consultant);
    expect(overview.enrolment?.qrSvg).toMatch(/^<svg/);
    expect(overview.enrolment?.uri).toMatch(/^otpauth:\/\/totp\/Salesradar:/);
    const secret = overview.enrolment!.secret;
    const [row] = await db.select().from(users).where(eq(users.id, f.consultant.user.id));
    expect(row!.totpSecret).not.toContain(secret);
    expect(row!.totpEnabledAt).toBeNull();

    expect(await code(finishTwoFactor(f.consultant, "000000"))).toBe("invalid_code");
    const { recoveryCodes: codes } = await finishTwoFactor(f.consultant, await totp(secret));
    expect(codes).toHaveLength(10);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, f.consultant.user.id));
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(stored.some((s) => s.codeHash.includes(c.replace("-", "")))).toBe(false);
    const after = await contextFor(db, DEMO_LOGINS.consultant);
    expect(after.twoFactor).toEqual({ enabled: true, required: false });
  });
});

describe("sign-in with a second step", () => {
  it("asks for the code after the right password, accepts a fresh code once, refuses a replay", async () => {
    const { secret } = await enrol(await contextFor(db, DEMO_LOGINS.consultant));
    const login = (extra: { code?: string; password?: string } = {}) =>
      authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, ip: "10.3.0.1", ...extra });
    expect(await login()).toEqual({ ok: false, reason: "two_factor_required" });
    // A wrong password never reveals that a code would be asked.
    expect(await login({ password: "wrong-password" })).toEqual({ ok: false, reason: "invalid" });
    // The enrolment used this step's code; the next step's is fresh.
    const next = await totp(secret, 1);
    expect(await login({ code: next })).toMatchObject({ ok: true });
    expect(await login({ code: next })).toEqual({ ok: false, reason: "invalid" });
  });

  it("wrong codes are throttled like passwords: the address is blocked for the account", async () => {
    await enrol(await contextFor(db, DEMO_LOGINS.consultant));
    for (let i = 0; i < PAIR_LOGIN_RULE.limit; i++) {
      expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, code: `12345${i}`, ip: "10.3.0.2" })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, code: "123456", ip: "10.3.0.2" })).toMatchObject({
      reason: "throttled",
    });
  });

  it("a recovery code works once", async () => {
    const { recovery } = await enrol(await contextFor(db, DEMO_LOGINS.consultant));
    const withCode = (c: string, ip: string) => authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, code: c, ip });
    expect(await withCode(recovery[3]!.toUpperCase(), "10.3.0.3")).toMatchObject({ ok: true });
    expect(await withCode(recovery[3]!, "10.3.0.4")).toEqual({ ok: false, reason: "invalid" });
    expect(await withCode(recovery[4]!, "10.3.0.4")).toMatchObject({ ok: true });
    expect((await securityOverview(await contextFor(db, DEMO_LOGINS.consultant))).recoveryCodesLeft).toBe(8);
  });

  it("new recovery codes replace the old ones; switching off needs a code", async () => {
    const ctx = await contextFor(db, DEMO_LOGINS.consultant);
    const { secret, recovery } = await enrol(ctx);
    const enabled = await contextFor(db, DEMO_LOGINS.consultant);
    expect(await code(newRecoveryCodes(enabled, "nope-nope"))).toBe("invalid_code");
    const { recoveryCodes: fresh } = await newRecoveryCodes(enabled, recovery[0]!);
    expect(fresh.some((c) => recovery.includes(c))).toBe(false);
    expect(await code(turnOffTwoFactor(enabled, recovery[1]!))).toBe("invalid_code"); // replaced
    await turnOffTwoFactor(enabled, await totp(secret, 1));
    expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, ip: "10.3.0.5" })).toMatchObject({ ok: true });
  });
});

describe("firm policy", () => {
  it("only an owner with two-step sign-in can require it; then members must set it up and cannot switch it off", async () => {
    expect(await code(setFirmTwoFactorPolicy(f.owner, true))).toBe("two_factor_not_enrolled");
    await enrol(f.owner);
    await setFirmTwoFactorPolicy(await contextFor(db, DEMO_LOGINS.owner), true);

    const consultant = await contextFor(db, DEMO_LOGINS.consultant);
    expect(consultant.twoFactor).toEqual({ enabled: false, required: true });
    expect(mustSetUpTwoFactor(consultant)).toBe(true);
    // Another firm is not affected.
    expect(mustSetUpTwoFactor(await contextFor(db, DEMO_LOGINS.otherFirmConsultant))).toBe(false);

    const { secret } = await enrol(consultant);
    const enrolled = await contextFor(db, DEMO_LOGINS.consultant);
    expect(mustSetUpTwoFactor(enrolled)).toBe(false);
    expect(await code(turnOffTwoFactor(enrolled, await totp(secret, 1)))).toBe("two_factor_required_by_firm");
  });
});
