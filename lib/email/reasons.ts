/**
 * Codes stored in email_outbox.last_error when the portal itself decided not to (re)send a
 * message; the pages translate them. Any other last_error is the mail server's own words.
 */
export const OUTBOX_REASON_CODES = ["superseded", "link_revoked", "already_submitted", "scan_closed", "link_expired", "link_missing", "interrupted"] as const;
export type OutboxReasonCode = (typeof OUTBOX_REASON_CODES)[number];

export function isOutboxReasonCode(value: unknown): value is OutboxReasonCode {
  return typeof value === "string" && (OUTBOX_REASON_CODES as readonly string[]).includes(value);
}
