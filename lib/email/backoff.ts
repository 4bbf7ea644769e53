/** When a failed delivery is tried again, and when the outbox gives up. Pure. */

/** Delivery attempts before a message is marked failed. */
export const MAX_ATTEMPTS = 6;

const BASE_MS = 60_000;
const CAP_MS = 60 * 60_000;

/**
 * Wait before the next attempt after `attempts` failed ones: 1, 2, 4, 8, 16 minutes… capped
 * at an hour, so a mail server that is down for a while is not hammered.
 */
export function backoffMs(attempts: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** Error text as stored in email_outbox.last_error: one line, bounded. */
export function errorReason(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = raw.replace(/\s+/g, " ").trim() || "unknown error";
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}
