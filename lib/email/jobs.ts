import "server-only";
/**
 * The background work of a server instance: delivering the outbox every 15 seconds (only
 * when SMTP_URL is set; otherwise messages wait in the Outbox page) and the automatic
 * reminders every 5 minutes. Every instance may run these: the jobs claim their rows in the
 * database, so nothing is done twice. A failing round is logged and tried again next time;
 * it never takes the server down.
 */
import type { Database } from "../../db/types";
import { env } from "../env";
import { runHousekeeping } from "../housekeeping";
import { runAutomaticReminders } from "../invitations/auto-reminders";
import { dispatchDue } from "./dispatcher";
import { smtpTransport, type MailTransport } from "./transport";

const DISPATCH_EVERY_MS = 15_000;
const REMINDERS_EVERY_MS = 5 * 60_000;
const HOUSEKEEPING_EVERY_MS = 10 * 60_000;
/** Messages per claim; kept small so one claim's lease is never outlived by its sending. */
const BATCH = 20;
/** Claims per round, so a large invitation round drains in a few rounds without hogging one. */
const MAX_BATCHES_PER_ROUND = 25;

const holder = globalThis as typeof globalThis & { __salesradarJobs?: boolean };

function every(name: string, intervalMs: number, firstDelayMs: number, job: () => Promise<void>): void {
  const tick = async () => {
    try {
      await job();
    } catch (error) {
      console.error(`[${name}] round failed; trying again in ${Math.round(intervalMs / 1000)} s`, error);
    } finally {
      // Re-armed only after the round ends, so rounds of one instance never overlap.
      setTimeout(tick, intervalMs).unref();
    }
  };
  setTimeout(tick, firstDelayMs).unref();
}

export async function deliverOutbox(db: Database, transport: MailTransport): Promise<void> {
  const total = { sent: 0, retrying: 0, failed: 0 };
  for (let i = 0; i < MAX_BATCHES_PER_ROUND; i++) {
    const r = await dispatchDue(db, transport, { limit: BATCH });
    total.sent += r.sent;
    total.retrying += r.retrying;
    total.failed += r.failed;
    if (r.claimed < BATCH) break;
  }
  if (total.sent + total.retrying + total.failed > 0) {
    console.info(`[outbox] sent ${total.sent}, to retry ${total.retrying}, failed ${total.failed}`);
  }
}

/** Starts the jobs once per process; does nothing while building or when switched off. */
export function startBackgroundJobs(getDb: () => Promise<Database>): void {
  if (env.isBuild || env.OUTBOX_DISABLED || env.NODE_ENV === "test" || holder.__salesradarJobs) return;
  holder.__salesradarJobs = true;
  if (env.SMTP_URL) {
    const transport = smtpTransport(env.SMTP_URL);
    every("outbox", DISPATCH_EVERY_MS, 5_000, async () => deliverOutbox(await getDb(), transport));
  } else {
    console.info("[outbox] SMTP_URL is not set: e-mails are not sent; they wait in the portal's Outbox.");
  }
  every("auto-reminders", REMINDERS_EVERY_MS, 30_000, async () => {
    const r = await runAutomaticReminders(await getDb());
    if (r.engagements > 0) console.info(`[auto-reminders] ${r.engagements} engagement(s), ${r.messages} message(s) queued`);
  });
  // Also without SMTP: expired links must not wait in the outbox forever.
  every("housekeeping", HOUSEKEEPING_EVERY_MS, 60_000, async () => {
    const r = await runHousekeeping(await getDb());
    if (r.links > 0) console.info(`[housekeeping] ${r.links} expired link(s) removed from the outbox`);
  });
}
