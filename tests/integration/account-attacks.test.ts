/**
 * The attacks of issue 13, each as it was measured against a production build, replayed
 * against the real code and database. Every test here failed before the fix.
 * (Header spoofing and sign-out go through the real HTTP server: e2e/account-attacks.spec.ts.)
 */
import { execFileSync } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { inject } from "vitest";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../db/seed";
import { engagements, rateLimitBuckets, respondents, users } from "../../db/schema";
import { authenticate } from "../../lib/auth/login";
import { consumeSetPasswordToken, peekSetPasswordToken } from "../../lib/auth/password-tokens";
import { clientInputSchema } from "../../lib/clients/schemas";
import { AppError } from "../../lib/errors";
import { getInvitationOverview } from "../../lib/invitations/queries";
import { sendInvitations } from "../../lib/invitations/send";
import { inviteManager } from "../../lib/managers/queries";
import { addRespondentSchema } from "../../lib/respondents/schemas";
import { findRespondentByToken } from "../../lib/respondents/links";
import { lookupScanLink } from "../../lib/scan/queries";
import * as rateLimit from "../../lib/security/rate-limit";
import { addConsultant, reissueSetPasswordLink } from "../../lib/team/queries";
import { dbKind, resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

const code = (promise: Promise<unknown>) => promise.then(() => "resolved", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("1. an owner cannot take over a member's account", () => {
  it("refuses a set-password link for a member who has a password; the member's password keeps working", async () => {
    const answer = await code(reissueSetPasswordLink(f.owner, f.consultant.user.id));
    expect(answer).toBe("member_active");
    expect(await authenticate(db, { email: DEMO_LOGINS.consultant, password: DEMO_PASSWORD, ip: "10.9.0.1" })).toMatchObject({ ok: true });
  });

  it("a link issued before the member set a password dies once they have one", async () => {
    const { userId, link } = await addConsultant(f.owner, { name: "Nina", email: "nina@demo-advies.nl" });
    const token = link.split("/set-password/")[1]!;
    const { link: second } = await reissueSetPasswordLink(f.owner, userId);
    await consumeSetPasswordToken(db, second.split("/set-password/")[1]!, "ninas-eigen-wachtwoord");
    expect(await code(consumeSetPasswordToken(db, token, "van-de-eigenaar-123"))).toBe("invalid_token");
  });
});

describe("2. rate-limit counters do not pile up", () => {
  it("prunes buckets whose window and block are over (600 spoofed addresses left 657 rows)", async () => {
    for (let i = 0; i < 60; i++) await lookupScanLink(db, { token: `guess-${i}`.padEnd(43, "x"), ip: `198.51.100.${i}` });
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(rateLimitBuckets);
    expect(before[0]!.n).toBeGreaterThanOrEqual(60);
    const prune = (rateLimit as Record<string, unknown>).pruneExpiredBuckets as ((d: typeof db, now?: Date) => Promise<number>) | undefined;
    expect(typeof prune).toBe("function");
    expect(await prune!(db, new Date())).toBe(0); // nothing is over yet
    expect(await prune!(db, new Date(Date.now() + 2 * 24 * 3600_000))).toBe(before[0]!.n);
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(rateLimitBuckets))[0]!.n).toBe(0);
  });
});

describe("3. nobody can lock an owner out", () => {
  it("five wrong passwords from five addresses do not refuse the right one from a fresh address", async () => {
    for (let i = 0; i < 5; i++) await authenticate(db, { email: DEMO_LOGINS.owner, password: "wrong-guess", ip: `203.0.113.${i}` });
    expect(await authenticate(db, { email: DEMO_LOGINS.owner, password: DEMO_PASSWORD, ip: "192.0.2.77" })).toMatchObject({ ok: true });
  });

  it("the guessing address itself is blocked for that account, even with the right password", async () => {
    for (let i = 0; i < 5; i++) await authenticate(db, { email: DEMO_LOGINS.owner, password: "wrong-guess", ip: "203.0.113.200" });
    expect(await authenticate(db, { email: DEMO_LOGINS.owner, password: DEMO_PASSWORD, ip: "203.0.113.200" })).toMatchObject({ reason: "throttled" });
  });
});

/** Every text value in the database: pg_dump on PostgreSQL, every text column on PGlite. */
async function dumpText(): Promise<string> {
  if (dbKind() === "postgres") {
    return execFileSync("pg_dump", ["--data-only", "--no-owner", inject("postgresUrl")], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  }
  const columns = await db.execute<{ table_name: string; column_name: string }>(
    sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb')`,
  );
  const list = Array.isArray(columns) ? columns : (columns as unknown as { rows: { table_name: string; column_name: string }[] }).rows;
  const out: string[] = [];
  for (const c of list) {
    const r = await db.execute(sql.raw(`select "${c.column_name}"::text as v from "${c.table_name}" where "${c.column_name}" is not null`));
    const rows = Array.isArray(r) ? r : (r as unknown as { rows: { v: string }[] }).rows;
    for (const row of rows as { v: string }[]) out.push(row.v);
  }
  return out.join("\n");
}

describe("4. a copy of the database holds no working link or token", () => {
  it("after a full invitation round (consultant, manager, respondents), nothing in a dump opens anything", async () => {
    await addConsultant(f.owner, { name: "Nina", email: "nina@demo-advies.nl" });
    const groen = f.firmAClients.find((c) => c.name.startsWith("Groen"))!;
    await inviteManager(f.consultant, { clientId: groen.id, name: "Mila", email: "mila@groen.example", locale: "nl" });
    const engagementId = f.firmAEngagements.find((e) => e.status === "draft")!.id;
    await db.update(engagements).set({ status: "open" }).where(eq(engagements.id, engagementId));
    for (const name of ["ann", "bob", "cas"]) {
      await db.insert(respondents).values({ firmId: f.owner.firm.id, engagementId, name, email: `${name}@klant.example`, roleGroup: "sales" });
    }
    const overview = await getInvitationOverview(f.consultant, engagementId);
    expect(await sendInvitations(f.consultant, engagementId, overview.toInvite.fingerprint)).toEqual({ count: 3 });

    const dump = await dumpText();
    expect(dump).toContain("mila@groen.example"); // the dump is real
    // Any base64url run long enough to be one of our tokens (≥ 128 bits) is tried as every kind of token.
    const candidates = new Set(dump.match(/[A-Za-z0-9_-]{22,}/g) ?? []);
    const working: string[] = [];
    for (const candidate of candidates) {
      if (candidate.length > 200) continue;
      if (await findRespondentByToken(db, candidate)) working.push(`scan link ${candidate}`);
      if (await peekSetPasswordToken(db, candidate)) working.push(`set-password link ${candidate}`);
    }
    expect(working).toEqual([]);
    expect(dump).not.toMatch(/\/s\/[A-Za-z0-9_-]{22,}/);
    expect(dump).not.toMatch(/\/set-password\/[A-Za-z0-9_-]{22,}/);
  });
});

describe("6. e-mail look-ups across firms answer neutrally", () => {
  it("a manager of another firm, a consultant's address and a taken consultant address all get one answer", async () => {
    const groenManager = (await db.select().from(users).where(eq(users.email, DEMO_LOGINS.manager)))[0]!;
    const [otherClient] = await db.execute<{ id: string }>(sql`select id from clients where firm_id = ${f.otherFirm.firm.id} limit 1`).then((r) =>
      Array.isArray(r) ? r : (r as unknown as { rows: { id: string }[] }).rows,
    );
    const answers = [
      await code(inviteManager(f.otherFirm, { clientId: otherClient!.id, name: "X", email: groenManager.email, locale: "nl" })),
      await code(inviteManager(f.otherFirm, { clientId: otherClient!.id, name: "X", email: DEMO_LOGINS.consultant, locale: "nl" })),
      await code(addConsultant(f.otherFirm, { name: "X", email: DEMO_LOGINS.consultant })),
      await code(addConsultant(f.otherFirm, { name: "X", email: groenManager.email })),
    ];
    expect(answers).toEqual(["email_unavailable", "email_unavailable", "email_unavailable", "email_unavailable"]);
  });
});

describe("8. NUL and other non-characters are refused as a field error", () => {
  it("clients.create and respondents.add refuse \\u0000 with a field error, not a database error", () => {
    const client = clientInputSchema.safeParse({ name: "Groen\u0000BV", industry: "retail" });
    expect(client.success).toBe(false);
    expect(client.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "invalid_characters"]]);
    const respondent = addRespondentSchema.safeParse({
      engagementId: f.firmAEngagements[0]!.id,
      name: "Ann\u0000",
      email: "ann@klant.example",
      roleGroup: "sales",
      team: "",
      locale: "nl",
    });
    expect(respondent.success).toBe(false);
    expect(respondent.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "invalid_characters"]]);
    for (const bad of ["a\uFFFEb", "a\uD800b", "a\u0007b", "a\uFDD0b"]) {
      expect(clientInputSchema.safeParse({ name: bad, industry: "retail" }).success).toBe(false);
    }
    expect(clientInputSchema.safeParse({ name: "Zoë’s café — ok ✓", industry: "retail", notes: "line 1\nline 2\ttab" }).success).toBe(true);
  });
});
