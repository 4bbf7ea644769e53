/**
 * Server-side sessions (sign-out ends one, "everywhere" ends all), the owner's password reset
 * that only the member sees, the Outbox page's link visibility, and the link sweep.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../db/seed";
import { emailOutbox, passwordTokens } from "../../db/schema";
import { signOutEverywhere } from "../../lib/account/security";
import { authenticate } from "../../lib/auth/login";
import { consumeSetPasswordToken, setPasswordFromLink } from "../../lib/auth/password-tokens";
import { createSession, endSession, isSessionLive, pruneExpiredSessions } from "../../lib/auth/sessions";
import { sweepOutboxLinks } from "../../lib/email/link-sweep";
import { getOutboxMessage } from "../../lib/email/queries";
import { AppError } from "../../lib/errors";
import { addConsultant, sendPasswordReset } from "../../lib/team/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { opened } from "../support/outbox";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
const code = (promise: Promise<unknown>) => promise.then(() => "resolved", (e: unknown) => (e instanceof AppError ? e.code : String(e)));
const tokenOf = (link: string) => link.split("/set-password/")[1]!;

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("sessions", () => {
  it("signing out ends that session only; other devices keep theirs", async () => {
    const laptop = await createSession(db, f.consultant.user.id);
    const phone = await createSession(db, f.consultant.user.id);
    expect(await isSessionLive(db, laptop, f.consultant.user.id)).toBe(true);
    expect(await isSessionLive(db, laptop, f.owner.user.id)).toBe(false); // a session belongs to one user
    await endSession(db, laptop);
    expect(await isSessionLive(db, laptop, f.consultant.user.id)).toBe(false);
    expect(await isSessionLive(db, phone, f.consultant.user.id)).toBe(true);
  });

  it("'sign out everywhere' ends every session of the user, not of others", async () => {
    const a = await createSession(db, f.consultant.user.id);
    const b = await createSession(db, f.consultant.user.id);
    const owners = await createSession(db, f.owner.user.id);
    expect(await signOutEverywhere(f.consultant)).toEqual({ ended: 2 });
    expect(await isSessionLive(db, a, f.consultant.user.id)).toBe(false);
    expect(await isSessionLive(db, b, f.consultant.user.id)).toBe(false);
    expect(await isSessionLive(db, owners, f.owner.user.id)).toBe(true);
  });

  it("expired sessions are refused and pruned; only a hash of the id is stored", async () => {
    const sid = await createSession(db, f.owner.user.id);
    const raw = await db.execute(sql`select id_hash from auth_sessions`);
    expect(JSON.stringify(raw)).not.toContain(sid);
    expect(await pruneExpiredSessions(db, new Date(Date.now() + 3 * 3600_000))).toBe(1);
    expect(await isSessionLive(db, sid, f.owner.user.id)).toBe(false);
  });
});

describe("password reset by the owner", () => {
  it("e-mails the member a link the owner never sees; using it ends the member's sessions", async () => {
    const session = await createSession(db, f.consultant.user.id);
    expect(await sendPasswordReset(f.owner, f.consultant.user.id)).toEqual({ email: DEMO_LOGINS.consultant });
    const [mail] = opened(await db.select().from(emailOutbox).where(eq(emailOutbox.kind, "password_reset")));
    expect(mail).toMatchObject({ toAddress: DEMO_LOGINS.consultant, status: "queued" });
    expect(await getOutboxMessage(f.owner, mail!.id)).toMatchObject({ link: null, linkState: "restricted" });
    expect(await getOutboxMessage(f.consultant, mail!.id)).toMatchObject({ link: null, linkState: "restricted" });

    await consumeSetPasswordToken(db, tokenOf(mail!.secretLink!), "een-nieuw-wachtwoord");
    expect(await isSessionLive(db, session, f.consultant.user.id)).toBe(false);
    expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, ip: "10.4.0.1" })).toMatchObject({ ok: false });
    expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: "een-nieuw-wachtwoord", ip: "10.4.0.1" })).toMatchObject({ ok: true });
  });

  it("is refused for a member without a password (they get a first-password link instead) and for another firm's people", async () => {
    const { userId } = await addConsultant(f.owner, { name: "Nina", email: "nina@demo-advies.nl" });
    expect(await code(sendPasswordReset(f.owner, userId))).toBe("invalid_transition");
    expect(await code(sendPasswordReset(f.otherFirm, f.consultant.user.id))).toBe("not_found");
  });

  it("wrong links are throttled per address before any hashing", async () => {
    for (let i = 0; i < 20; i++) {
      expect(await code(setPasswordFromLink(db, { token: `made-up-${i}`.padEnd(43, "z"), password: "whatever-123", ip: "10.4.0.9" }))).toBe("invalid_token");
    }
    expect(await code(setPasswordFromLink(db, { token: "made-up-x".padEnd(43, "z"), password: "whatever-123", ip: "10.4.0.9" }))).toBe("throttled");
    expect(await code(setPasswordFromLink(db, { token: "made-up-x".padEnd(43, "z"), password: "whatever-123", ip: "10.4.0.10" }))).toBe("invalid_token");
  });
});

describe("outbox links", () => {
  it("the owner sees a new consultant's link, a consultant does not; an expired link is swept from the outbox", async () => {
    const { userId, link } = await addConsultant(f.owner, { name: "Nina", email: "nina@demo-advies.nl" });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.userId, userId));
    expect(await getOutboxMessage(f.owner, mail!.id)).toMatchObject({ link, linkState: "available" });
    expect(await getOutboxMessage(f.consultant, mail!.id)).toMatchObject({ link: null, linkState: "restricted" });

    expect(await sweepOutboxLinks(db)).toBe(0); // still valid: kept (sealed)
    await db.update(passwordTokens).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(passwordTokens.userId, userId));
    expect(await sweepOutboxLinks(db)).toBe(1);
    const [after] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.userId, userId)));
    expect(after).toMatchObject({ status: "failed", lastError: "link_expired", secretLink: null });
  });
});
