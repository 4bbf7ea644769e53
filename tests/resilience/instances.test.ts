/**
 * Two `next start` instances on one PostgreSQL behind a round-robin balancer (a TCP proxy in
 * this test), as the README promises: they start at the same moment on an empty database
 * (migrations serialized), share the autosave load without losing anything, both run the
 * e-mail dispatcher and the automatic reminders against a real SMTP server (every message
 * delivered exactly once), and a session ended on one instance is refused by the other at
 * once. Last, an instance killed while sending leaves its claimed messages to another one
 * after the claim's lease.
 */
import { count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { auditLog, emailOutbox, engagements, users } from "../../db/schema";
import { consumeSetPasswordToken, issuePasswordLink } from "../../lib/auth/password-tokens";
import { endAllSessions } from "../../lib/auth/sessions";
import { LINK_PLACEHOLDER } from "../../lib/email/link-placeholder";
import { enqueueEmails } from "../../lib/email/outbox";
import { closeDateToTimestamp } from "../../lib/engagements/close-date";
import { removeMember } from "../../lib/team/queries";
import { FaultProxy } from "../support/fault-proxy";
import { contextFor } from "../support/fixtures";
import { startApp, type AppInstance } from "./support/app";
import { sessionHolds, signIn } from "./support/auth";
import { figuresOf, printFigures, runAutosaveLoad } from "./support/load";
import { createDatabase } from "./support/postgres";
import { openMigrated, seedRespondents } from "./support/seed";
import { MailCatcher } from "./support/smtp";

const PORTS = { a: 3311, b: 3312, c: 3313, balancer: 3330, smtp: 3340 };
const DEMO_PASSWORD = "salesradar-demo";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let drop: () => Promise<void>;
let databaseUrl: string;
let handle: DatabaseHandle;
let smtp: MailCatcher;
let smtpUrl: string;
let balancer: FaultProxy;
const running: AppInstance[] = [];

const withJobs = (extra: Record<string, string> = {}) => ({ SMTP_URL: smtpUrl, OUTBOX_DISABLED: "0", OUTBOX_LEASE_S: "10", ...extra });

beforeAll(async () => {
  const database = await createDatabase("salesradar_instances");
  drop = database.drop;
  databaseUrl = database.url;
  smtp = new MailCatcher();
  smtpUrl = await smtp.start(PORTS.smtp);
  balancer = new FaultProxy([
    { host: "127.0.0.1", port: PORTS.a },
    { host: "127.0.0.1", port: PORTS.b },
  ]);
  await balancer.start(PORTS.balancer);
});

afterAll(async () => {
  for (const app of running) await app.kill("SIGKILL");
  await balancer?.stop();
  await smtp?.stop();
  await handle?.close();
  await drop?.();
});

async function outboxLeft(): Promise<number> {
  const [row] = await handle.db.select({ n: count() }).from(emailOutbox).where(inArray(emailOutbox.status, ["queued", "sending"]));
  return row!.n;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

/** `n` messages to <prefix>-<i>@resilience.example, without a respondent link (nothing withdraws them). */
async function enqueueMessages(firmId: string, prefix: string, n: number): Promise<void> {
  await enqueueEmails(
    handle.db,
    Array.from({ length: n }, (_, i) => ({
      firmId,
      kind: "invitation" as const,
      toAddress: `${prefix}-${i}@resilience.example`,
      content: { subject: "Scan", text: `Open ${LINK_PLACEHOLDER}`, html: `<a href="${LINK_PLACEHOLDER}">open</a>` },
      link: `https://scan.example/s/${prefix}-${i}`,
    })),
  );
}

/** Recipient → number of sent rows, to compare with what the SMTP server accepted. */
async function sentPerRecipient(): Promise<Map<string, number>> {
  const rows = await handle.db.select({ to: emailOutbox.toAddress }).from(emailOutbox).where(eq(emailOutbox.status, "sent"));
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.to, (out.get(r.to) ?? 0) + 1);
  return out;
}

describe("two instances on one PostgreSQL", () => {
  it("start together on an empty database: migrations run once, serialized", async () => {
    const apps = await Promise.all([
      startApp({ port: PORTS.a, databaseUrl, appUrl: `http://127.0.0.1:${PORTS.balancer}`, env: withJobs() }),
      startApp({ port: PORTS.b, databaseUrl, appUrl: `http://127.0.0.1:${PORTS.balancer}`, env: withJobs() }),
    ]);
    running.push(...apps);
    handle = await openMigrated(databaseUrl);
    const applied = await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const journal = (await import("../../drizzle/meta/_journal.json", { with: { type: "json" } })).default as { entries: unknown[] };
    expect((applied as unknown as { n: number }[])[0]!.n).toBe(journal.entries.length);
  });

  it("share the autosave load, deliver every e-mail exactly once and send the automatic reminder once", async () => {
    const { engagementId, respondents } = await seedRespondents(handle, 50);
    // Messages of a big invitation round…
    const [firm] = await handle.db.select({ firmId: engagements.firmId }).from(engagements).where(eq(engagements.id, engagementId));
    await enqueueMessages(firm!.firmId, "bulk", 120);
    // …and the automatic reminder of the open demo engagement made due now (sent at the jobs' first round, 30 s after start).
    const today = new Date();
    const closeDate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 2)).toISOString().slice(0, 10);
    await handle.db.update(engagements).set({ closesAt: closeDateToTimestamp(closeDate), autoReminderDaysBefore: 3, autoReminderSentAt: null }).where(eq(engagements.id, engagementId));

    const result = await runAutosaveLoad({ baseUrl: `http://127.0.0.1:${PORTS.balancer}`, respondents, savesPerRespondent: 40, pauseMs: [100, 400], settleMs: 60_000 });
    const figures = await figuresOf(handle.db, result);
    printFigures("two instances", figures, `connections per instance ${balancer.accepted.join(" / ")}`);
    expect(figures.lost).toBe(0);
    expect(figures.stale).toBe(0);
    expect(figures.unsettled).toBe(0);
    expect(Math.min(...balancer.accepted)).toBeGreaterThan(0);

    await waitFor("the automatic reminder", async () => {
      const [e] = await handle.db.select({ at: engagements.autoReminderSentAt }).from(engagements).where(eq(engagements.id, engagementId));
      return e!.at !== null;
    }, 90_000);
    await waitFor("the outbox to drain", async () => (await outboxLeft()) === 0, 90_000);
    const expected = await sentPerRecipient();
    const expectedTotal = [...expected.values()].reduce((a, b) => a + b, 0);
    const [reminderAudits] = await handle.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "invitations.auto_reminder_sent"));
    console.info(`[resilience] two instances: messages sent ${smtp.total} / expected ${expectedTotal}; automatic reminder rounds ${reminderAudits!.n}`);
    expect(Object.fromEntries(smtp.delivered)).toEqual(Object.fromEntries(expected));
    expect(expectedTotal).toBeGreaterThanOrEqual(120);
    expect(reminderAudits!.n).toBe(1);
  });

  // One row per way of ending a session.
  const endings: { name: string; email: string; end: (userId: string) => Promise<void> }[] = [
    {
      name: "sign-out everywhere",
      email: "consultant@noord-salesadvies.nl",
      end: async (userId) => void (await endAllSessions(handle.db, userId)),
    },
    {
      name: "password change",
      email: "eigenaar@demo-advies.nl",
      end: async (userId) => {
        // The account has a password: a reset link (the only kind an owner can have sent to a member).
        const link = await issuePasswordLink(handle.db, userId, "reset_password");
        await consumeSetPasswordToken(handle.db, link.split("/").pop()!, "a-new-password-for-the-test-42");
      },
    },
    {
      name: "member removal",
      email: "consultant@demo-advies.nl",
      end: async (userId) => removeMember(await contextFor(handle.db, "eigenaar@demo-advies.nl"), userId),
    },
  ];

  it.each(endings)("a $name holds on both instances at once", async ({ email, end }) => {
    const [a, b] = running;
    const cookie = await signIn(a!.url, email, DEMO_PASSWORD);
    expect(await sessionHolds(b!.url, cookie)).toBe(true);
    const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    await end(user!.id);
    expect(await sessionHolds(a!.url, cookie)).toBe(false);
    expect(await sessionHolds(b!.url, cookie)).toBe(false);
  });

  it("hands the claimed messages of an instance killed mid-send to another one after the lease", async () => {
    for (const app of running.splice(0)) await app.kill("SIGTERM");
    smtp.stall(true);
    const before = smtp.total;
    const [firm] = await handle.db.select({ firmId: engagements.firmId }).from(engagements).limit(1);
    await enqueueMessages(firm!.firmId, "lease", 5);
    const victim = await startApp({ port: PORTS.c, databaseUrl, env: withJobs() });
    running.push(victim);
    await waitFor("the claim", async () => {
      const [row] = await handle.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, "sending"));
      return row!.n > 0;
    }, 30_000);
    await victim.kill("SIGKILL");
    running.splice(running.indexOf(victim), 1);
    smtp.stall(false);
    const heir = await startApp({ port: PORTS.a, databaseUrl, env: withJobs() });
    running.push(heir);
    const started = Date.now();
    await waitFor("the outbox to drain", async () => (await outboxLeft()) === 0, 60_000);
    const leased = await handle.db.select({ to: emailOutbox.toAddress, attempts: emailOutbox.attempts }).from(emailOutbox).where(sql`${emailOutbox.toAddress} like 'lease-%'`);
    console.info(`[resilience] lease: ${smtp.total - before} / 5 messages delivered ${Math.round((Date.now() - started) / 1000)} s after the heir started`);
    for (const row of leased) expect(smtp.delivered.get(row.to), row.to).toBe(1);
    expect(leased.some((r) => r.attempts === 2)).toBe(true);
  });
});
