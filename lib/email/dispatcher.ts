import "server-only";
/**
 * Delivers the outbox. Several server instances may run this at once: due rows are claimed
 * with SELECT … FOR UPDATE SKIP LOCKED and marked "sending" (with a lease) in a short
 * transaction, then sent outside it, so no message is sent twice. A failure is retried with
 * exponential backoff until MAX_ATTEMPTS, then the message is marked failed with the reason.
 * The link (stored sealed) goes into the bodies only here, and is cleared from the row once
 * delivered (lib/email/link-sweep.ts clears it once it expired).
 */
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { isDatabaseUnavailable } from "../../db/availability";
import { emailOutbox, firms, users, type OutboxMessage } from "../../db/schema";
import type { Database } from "../../db/types";
import { env } from "../env";
import { backoffMs, errorReason, MAX_ATTEMPTS } from "./backoff";
import { fillHtmlLink, fillTextLink } from "./link-placeholder";
import { openLink } from "./sealed-link";
import type { OutboxReasonCode } from "./reasons";
import type { MailTransport } from "./transport";
import { withdrawalReason } from "./withdrawal";

/** Tries (a second apart) to record a delivered message as sent while the database is unavailable. */
const RECORD_ATTEMPTS = 10;

export interface DispatchOptions {
  /** The moment "now" (tests move it forward); defaults to the clock. */
  readonly now?: Date;
  /** Messages claimed in this call. */
  readonly limit: number;
  readonly maxAttempts?: number;
  /** The From address; defaults to SMTP_FROM. */
  readonly fromAddress?: string;
  /** How long a claim holds (OUTBOX_LEASE_S by default); an instance that dies leaves its claims to others after this. */
  readonly leaseMs?: number;
}

export interface DispatchResult {
  readonly claimed: number;
  readonly sent: number;
  /** Failed this time, to be tried again later. */
  readonly retrying: number;
  /** Gave up (after the last attempt) or withdrawn (link no longer valid). */
  readonly failed: number;
}

async function claim(db: Database, now: Date, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
  return db.transaction(async (tx) => {
    // "sending" rows whose lease ran out were claimed by an instance that died mid-send.
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(inArray(emailOutbox.status, ["queued", "sending"]), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(inArray(emailOutbox.id, due.map((d) => d.id)))
      .returning();
  });
}

/** Only the instance holding the claim (same status and attempt) may settle a message. */
const stillOurs = (m: OutboxMessage) =>
  and(eq(emailOutbox.id, m.id), eq(emailOutbox.status, "sending"), eq(emailOutbox.attempts, m.attempts));

async function senders(db: Database, messages: OutboxMessage[]) {
  const rows = await db
    .select({ id: emailOutbox.id, firmName: firms.name, senderName: users.name, senderEmail: users.email })
    .from(emailOutbox)
    .innerJoin(firms, eq(firms.id, emailOutbox.firmId))
    .leftJoin(users, eq(users.id, emailOutbox.createdBy))
    .where(inArray(emailOutbox.id, messages.map((m) => m.id)));
  return new Map(rows.map((r) => [r.id, r]));
}

type Outcome = "sent" | "retrying" | "failed";

async function deliver(
  db: Database,
  transport: MailTransport,
  m: OutboxMessage,
  sender: { firmName: string; senderName: string | null; senderEmail: string | null } | undefined,
  options: { now: Date; maxAttempts: number; fromAddress: string },
): Promise<Outcome> {
  // More attempts than allowed: an instance died while sending the last one; do not risk more.
  const withdrawn: OutboxReasonCode | null = m.attempts > options.maxAttempts ? "interrupted" : await withdrawalReason(db, m);
  if (withdrawn) {
    await db.update(emailOutbox).set({ status: "failed", lastError: withdrawn, secretLink: null }).where(stillOurs(m));
    return "failed";
  }
  const link = openLink(m.secretLink)!; // withdrawalReason refused a missing or unopenable link
  const firmName = sender?.firmName ?? "Salesradar";
  try {
    await transport.sendMail({
      from: { name: sender?.senderName ? `${sender.senderName} (${firmName})` : firmName, address: options.fromAddress },
      ...(sender?.senderEmail ? { replyTo: sender.senderEmail } : {}),
      to: m.toAddress,
      subject: m.subject,
      text: fillTextLink(m.textBody, link),
      html: fillHtmlLink(m.htmlBody, link),
    });
  } catch (error) {
    const lastError = errorReason(error);
    if (m.attempts >= options.maxAttempts) {
      await db.update(emailOutbox).set({ status: "failed", lastError }).where(stillOurs(m));
      return "failed";
    }
    const nextAttemptAt = new Date(options.now.getTime() + backoffMs(m.attempts));
    await db.update(emailOutbox).set({ status: "queued", lastError, nextAttemptAt }).where(stillOurs(m));
    return "retrying";
  }
  await recordSent(db, m);
  return "sent";
}

/**
 * The mail server has the message: recording that must outlast a database blink, or the claim
 * would run out and another instance would send the message a second time.
 */
async function recordSent(db: Database, m: OutboxMessage): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.update(emailOutbox).set({ status: "sent", sentAt: sql`now()`, secretLink: null, lastError: null }).where(stillOurs(m));
      return;
    } catch (error) {
      if (attempt >= RECORD_ATTEMPTS || !isDatabaseUnavailable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * Claims up to `limit` due messages and delivers them. Claimed messages this call cannot
 * finish while its lease holds are handed back, so a slow server never causes a double send.
 */
export async function dispatchDue(db: Database, transport: MailTransport, options: DispatchOptions): Promise<DispatchResult> {
  const now = options.now ?? new Date();
  const settings = { now, maxAttempts: options.maxAttempts ?? MAX_ATTEMPTS, fromAddress: options.fromAddress ?? env.mailFrom };
  const leaseMs = options.leaseMs ?? env.OUTBOX_LEASE_S * 1000;
  // Stop sending well before the lease runs out, so no other instance takes a message over mid-send.
  const leaseDeadline = Date.now() + leaseMs - Math.min(60_000, leaseMs / 2);
  const claimed = await claim(db, now, options.limit, leaseMs);
  const result = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return result;
  const from = await senders(db, claimed);
  for (const [index, m] of claimed.entries()) {
    if (Date.now() > leaseDeadline) {
      await handBack(db, claimed.slice(index));
      break;
    }
    result[await deliver(db, transport, m, from.get(m.id), settings)] += 1;
  }
  return result;
}

async function handBack(db: Database, messages: OutboxMessage[]): Promise<void> {
  for (const m of messages) {
    await db
      .update(emailOutbox)
      .set({ status: "queued", attempts: m.attempts - 1, nextAttemptAt: sql`now()` })
      .where(stillOurs(m));
  }
}
