/**
 * When the automatic reminder goes out: at 09:00 (Amsterdam) on the calendar day that lies
 * `daysBefore` days before the close date, so people get it at the start of a working day
 * rather than at the midnight the close date is stored as. Pure.
 */
import { closeDateToTimestamp, timestampToCloseDate } from "../engagements/close-date";

/** 23:59:59.999 → 09:00:00.000 on the same day; both lie after any DST change at night. */
const END_OF_DAY_TO_NINE = (14 * 60 + 59) * 60_000 + 59_999;

export function autoReminderDueAt(closesAt: Date, daysBefore: number): Date {
  const [y, m, d] = timestampToCloseDate(closesAt).split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d - daysBefore));
  const iso = day.toISOString().slice(0, 10);
  return new Date(closeDateToTimestamp(iso).getTime() - END_OF_DAY_TO_NINE);
}

/** Due now: the moment has come, the scan has not closed yet, and it was not sent before. */
export function autoReminderIsDue(
  engagement: { closesAt: Date | null; autoReminderDaysBefore: number | null; autoReminderSentAt: Date | null },
  now: Date,
): boolean {
  const { closesAt, autoReminderDaysBefore: days, autoReminderSentAt } = engagement;
  if (!closesAt || days === null || autoReminderSentAt) return false;
  return autoReminderDueAt(closesAt, days) <= now && now < closesAt;
}
