import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../db/seed";
import { passwordTokens, rateLimitBuckets, users } from "../../db/schema";
import { resolveFirmContext } from "../../lib/auth/context";
import { ACCOUNT_SLOWDOWN_RULE, authenticate, IP_LOGIN_RULE, loginKeys, MAX_INLINE_WAIT_SECONDS, PAIR_LOGIN_RULE } from "../../lib/auth/login";
import { registerSlowdown } from "../../lib/security/rate-limit";
import { consumeSetPasswordToken, hashToken, peekSetPasswordToken } from "../../lib/auth/password-tokens";
import { AppError } from "../../lib/errors";
import { addConsultant, removeMember } from "../../lib/team/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

const tokenOf = (link: string) => link.split("/set-password/")[1]!;

describe("sign-in", () => {
  it("accepts the demo login, case-insensitively", async () => {
    const result = await authenticate(db, { email: " Eigenaar@Demo-Advies.NL ", password: DEMO_PASSWORD, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { email: DEMO_LOGINS.owner } });
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const unknown = await authenticate(db, { email: "nobody@example.nl", password: "whatever-123", ip: "10.0.0.1" });
    const wrong = await authenticate(db, { email: DEMO_LOGINS.owner, password: "wrong-password", ip: "10.0.0.1" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("per account only slows down: failures from many addresses push the next check out, never lock", async () => {
    const keys = loginKeys("eigenaar@demo-advies.nl", "192.0.2.1");
    let pushed = 0;
    for (let i = 0; i < 8; i++) pushed += await registerSlowdown(db, keys.account, ACCOUNT_SLOWDOWN_RULE);
    expect(pushed).toBe(1 + 2 + 4 + 8); // growing delay after the free failures
    const waiting = await authenticate(db, { email: DEMO_LOGINS.owner, password: DEMO_PASSWORD, ip: "192.0.2.1" });
    expect(waiting).toMatchObject({ ok: false, reason: "throttled" });
    expect((waiting as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(MAX_INLINE_WAIT_SECONDS);
    expect((waiting as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(15);
    // An unknown account gets exactly the same treatment (same keys, same answer).
    for (let i = 0; i < 8; i++) await registerSlowdown(db, loginKeys("nobody@example.nl", "x").account, ACCOUNT_SLOWDOWN_RULE);
    expect(await authenticate(db, { email: "nobody@example.nl", password: "x", ip: "192.0.2.1" })).toMatchObject({ reason: "throttled" });
    // Once the account's turn comes, the right password gets in from any address, and clears the slowdown.
    await db.update(rateLimitBuckets).set({ blockedUntil: sql`now()` }).where(eq(rateLimitBuckets.key, keys.account));
    expect(await authenticate(db, { email: DEMO_LOGINS.owner, password: DEMO_PASSWORD, ip: "192.0.2.99" })).toMatchObject({ ok: true });
    expect(await db.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, keys.account))).toEqual([]);
  });

  it("an unknown account and a wrong password take about the same time", async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      await authenticate(db, { email, password: "wrong-password", ip: "10.7.0.1" });
      return performance.now() - started;
    };
    await timed("warm@example.nl");
    const unknown = Math.min(await timed("nobody1@example.nl"), await timed("nobody2@example.nl"));
    const known = Math.min(await timed(DEMO_LOGINS.owner), await timed(DEMO_LOGINS.consultant));
    // Both verify an argon2 hash; without that the unknown one would be ~10× faster.
    expect(unknown / known).toBeGreaterThan(0.3);
  });

  it("blocks an IP address that tries many accounts", async () => {
    for (let i = 0; i < IP_LOGIN_RULE.limit; i++) {
      await authenticate(db, { email: `guess${i}@example.nl`, password: "wrong", ip: "203.0.113.9" });
    }
    expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, ip: "203.0.113.9" })).toMatchObject({
      reason: "throttled",
    });
    expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, ip: "203.0.113.10" })).toMatchObject({ ok: true });
  });

  it("a successful login clears the account's failures", async () => {
    for (let i = 0; i < PAIR_LOGIN_RULE.limit - 1; i++) await authenticate(db, { email: DEMO_LOGINS.owner, password: "wrong", ip: "10.0.0.1" });
    expect(await authenticate(db, { email: DEMO_LOGINS.owner, password: DEMO_PASSWORD, ip: "10.0.0.1" })).toMatchObject({ ok: true });
    expect(await authenticate(db, { email: DEMO_LOGINS.owner, password: "wrong", ip: "10.0.0.1" })).toMatchObject({ reason: "invalid" });
    expect(await authenticate(db, { email: DEMO_LOGINS.owner, password: DEMO_PASSWORD, ip: "10.0.0.1" })).toMatchObject({ ok: true });
  });
});

describe("sessions", () => {
  it("end when the session version is bumped (password change)", async () => {
    const session = { uid: f.owner.user.id, sv: 1 };
    expect(await resolveFirmContext(db, session)).not.toBeNull();
    await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, f.owner.user.id));
    expect(await resolveFirmContext(db, session)).toBeNull();
    expect(await resolveFirmContext(db, { ...session, sv: 2 })).not.toBeNull();
  });

  it("end when the person is removed from the firm", async () => {
    const session = { uid: f.consultant.user.id, sv: 1 };
    expect(await resolveFirmContext(db, session)).toMatchObject({ role: "consultant" });
    await removeMember(f.owner, f.consultant.user.id);
    expect(await resolveFirmContext(db, session)).toBeNull();
    expect(await resolveFirmContext(db, { ...session, sv: 2 })).toBeNull();
  });

  it("are refused without a user id or version", async () => {
    expect(await resolveFirmContext(db, null)).toBeNull();
    expect(await resolveFirmContext(db, { uid: f.owner.user.id })).toBeNull();
  });
});

describe("team and set-password links", () => {
  it("owner adds a consultant whose link works once and only once", async () => {
    const { userId, link } = await addConsultant(f.owner, { name: "Nieuwe Collega", email: "Nieuw@Demo-Advies.nl" });
    const token = tokenOf(link);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const [stored] = await db.select().from(passwordTokens).where(eq(passwordTokens.userId, userId));
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(stored?.tokenHash).not.toContain(token);
    expect(await peekSetPasswordToken(db, token)).toMatchObject({ email: "nieuw@demo-advies.nl" });
    expect(await authenticate(db, { email: "nieuw@demo-advies.nl", password: "", ip: "10.0.0.1" })).toMatchObject({ ok: false });

    await consumeSetPasswordToken(db, token, "een-goed-wachtwoord");
    expect(await authenticate(db, { email: "nieuw@demo-advies.nl", password: "een-goed-wachtwoord", ip: "10.0.0.1" })).toMatchObject({ ok: true });
    await expect(consumeSetPasswordToken(db, token, "een-ander-wachtwoord")).rejects.toMatchObject({ code: "invalid_token" });
    expect(await peekSetPasswordToken(db, token)).toBeNull();
  });

  it("refuses expired and forged tokens", async () => {
    const { userId, link } = await addConsultant(f.owner, { name: "Later", email: "later@demo-advies.nl" });
    await db.update(passwordTokens).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(passwordTokens.userId, userId));
    await expect(consumeSetPasswordToken(db, tokenOf(link), "een-goed-wachtwoord")).rejects.toBeInstanceOf(AppError);
    await expect(consumeSetPasswordToken(db, "forged-token-forged-token-forged-token-xx", "een-goed-wachtwoord")).rejects.toMatchObject({
      code: "invalid_token",
    });
  });

  it("refuses an e-mail that already has an account, whatever its case", async () => {
    await expect(addConsultant(f.owner, { name: "Dubbel", email: "CONSULTANT@demo-advies.nl" })).rejects.toMatchObject({ code: "email_unavailable" });
  });

  it("never removes the last owner or oneself", async () => {
    await expect(removeMember(f.owner, f.owner.user.id)).rejects.toMatchObject({ code: "cannot_remove_self" });
    await expect(removeMember(f.otherFirm, f.otherFirm.user.id)).rejects.toMatchObject({ code: "cannot_remove_self" });
  });
});
