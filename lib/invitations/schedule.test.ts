import { describe, expect, it } from "vitest";
import { closeDateToTimestamp } from "../engagements/close-date";
import { autoReminderDueAt, autoReminderIsDue } from "./schedule";

describe("automatic reminder schedule", () => {
  it("is due at 09:00 Amsterdam time, the given number of days before the close date", () => {
    // Winter time (UTC+1).
    expect(autoReminderDueAt(closeDateToTimestamp("2026-02-20"), 3).toISOString()).toBe("2026-02-17T08:00:00.000Z");
    // Summer time (UTC+2), and across the change to summer time.
    expect(autoReminderDueAt(closeDateToTimestamp("2026-06-10"), 1).toISOString()).toBe("2026-06-09T07:00:00.000Z");
    expect(autoReminderDueAt(closeDateToTimestamp("2026-04-01"), 5).toISOString()).toBe("2026-03-27T08:00:00.000Z");
    // Across a month boundary.
    expect(autoReminderDueAt(closeDateToTimestamp("2026-03-02"), 3).toISOString()).toBe("2026-02-27T08:00:00.000Z");
  });

  it("is due only between that moment and the close, and only once", () => {
    const e = { closesAt: closeDateToTimestamp("2026-02-20"), autoReminderDaysBefore: 3, autoReminderSentAt: null };
    expect(autoReminderIsDue(e, new Date("2026-02-17T07:59:00Z"))).toBe(false);
    expect(autoReminderIsDue(e, new Date("2026-02-17T08:00:00Z"))).toBe(true);
    expect(autoReminderIsDue(e, new Date("2026-02-21T00:00:00Z"))).toBe(false);
    expect(autoReminderIsDue({ ...e, autoReminderSentAt: new Date() }, new Date("2026-02-18T08:00:00Z"))).toBe(false);
    expect(autoReminderIsDue({ ...e, autoReminderDaysBefore: null }, new Date("2026-02-18T08:00:00Z"))).toBe(false);
    expect(autoReminderIsDue({ ...e, closesAt: null }, new Date("2026-02-18T08:00:00Z"))).toBe(false);
  });
});
