import { describe, expect, it } from "vitest";
import { closeDateToTimestamp, isCalendarDay, timestampToCloseDate } from "./close-date";

describe("close dates", () => {
  it("accept only real calendar days", () => {
    expect(isCalendarDay("2026-03-31")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    for (const bad of ["2026-02-30", "2027-02-29", "2026-13-01", "31-03-2026", "2026-3-1", "", "2026-03-31T10:00", "1999-12-31"]) {
      expect(isCalendarDay(bad), bad).toBe(false);
    }
  });

  it("end at midnight in Amsterdam, in winter and in summer", () => {
    expect(closeDateToTimestamp("2026-01-15").toISOString()).toBe("2026-01-15T22:59:59.999Z");
    expect(closeDateToTimestamp("2026-07-15").toISOString()).toBe("2026-07-15T21:59:59.999Z");
    // The days the clocks change.
    expect(closeDateToTimestamp("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(closeDateToTimestamp("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
  });

  it("round-trip every day of a year", () => {
    for (let i = 0; i < 366; i++) {
      const day = new Date(Date.UTC(2028, 0, 1 + i)).toISOString().slice(0, 10);
      expect(timestampToCloseDate(closeDateToTimestamp(day))).toBe(day);
    }
  });

  it("refuses to convert a non-day", () => {
    expect(() => closeDateToTimestamp("2026-02-30")).toThrow(RangeError);
  });
});
