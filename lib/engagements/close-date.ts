/**
 * The close date of an engagement is a calendar day. It is stored as the last moment of that
 * day in the firm's time zone (Europe/Amsterdam: the portal's firms are Dutch and Belgian),
 * so "closes on 31 March" means the scan accepts answers until midnight that day.
 */
export const CLOSE_DATE_TIME_ZONE = "Europe/Amsterdam";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: CLOSE_DATE_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function zoneParts(date: Date) {
  const parts = partsFormatter.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Minutes the zone is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutes(date: Date): number {
  const p = zoneParts(date);
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - wholeSeconds) / 60_000;
}

/** True for a real calendar day written as YYYY-MM-DD (so 2026-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "2026-03-31" → the instant 2026-03-31 23:59:59.999 in Amsterdam. */
export function closeDateToTimestamp(day: string): Date {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wallClock = Date.UTC(y, m - 1, d, 23, 59, 59, 999);
  let instant = wallClock - offsetMinutes(new Date(wallClock)) * 60_000;
  // Around a DST change the offset at the guess can differ from the offset at the answer.
  const corrected = wallClock - offsetMinutes(new Date(instant)) * 60_000;
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

/** The calendar day (YYYY-MM-DD) of an instant in Amsterdam; the inverse of closeDateToTimestamp. */
export function timestampToCloseDate(date: Date): string {
  const p = zoneParts(date);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
