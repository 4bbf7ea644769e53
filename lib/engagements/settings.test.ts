import { describe, expect, it } from "vitest";
import { FieldRuleError } from "./field-error";
import { assertValidSettings, changedSettings, createEngagementSchema, updateEngagementSchema, type EngagementSettings } from "./settings";

const CLIENT = "6f1c1f0e-8a4b-4a8e-9d1e-2b9f0c6a7d11";
const OTHER = "0b6d2c4e-1f3a-4b5c-8d7e-9f0a1b2c3d4e";
const form = (over: Record<string, unknown> = {}) => ({
  clientId: CLIENT,
  title: "  Scan 2026 ",
  scanLocale: "nl",
  closesAt: "",
  anonymityK: "3",
  weighting: "role_group",
  previousEngagementId: "",
  inviteIntro: "",
  autoReminderDaysBefore: "",
  ...over,
});
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the engagement form schema", () => {
  it("turns form strings into settings", () => {
    const r = createEngagementSchema.strict().parse(
      form({ closesAt: "2026-07-15", autoReminderDaysBefore: "3", inviteIntro: "Hallo\r\nteam ", previousEngagementId: OTHER, respondentTitle: " Salesscan Bakkerij " }),
    );
    expect(r).toEqual({
      clientId: CLIENT,
      title: "Scan 2026",
      respondentTitle: "Salesscan Bakkerij",
      scanLocale: "nl",
      closesAt: new Date("2026-07-15T21:59:59.999Z"),
      anonymityK: 3,
      weighting: "role_group",
      previousEngagementId: OTHER,
      inviteIntro: "Hallo\nteam",
      autoReminderDaysBefore: 3,
    });
  });

  it("leaves optional fields empty and defaults k to 3", () => {
    const r = createEngagementSchema.parse(form({ anonymityK: "" }));
    expect(r).toMatchObject({ respondentTitle: null, closesAt: null, previousEngagementId: null, inviteIntro: null, autoReminderDaysBefore: null, anonymityK: 3 });
  });

  it("refuses k below 3 (and non-numbers, decimals, huge values)", () => {
    for (const k of ["2", "0", "-3", "abc", "3.5"]) expect(issues(createEngagementSchema.safeParse(form({ anonymityK: k }))), k).toEqual({ anonymityK: "k_min" });
    expect(issues(createEngagementSchema.safeParse(form({ anonymityK: "51" })))).toEqual({ anonymityK: "k_max" });
  });

  it("checks text lengths, dates, reminder range and reminder-needs-close-date", () => {
    expect(issues(createEngagementSchema.safeParse(form({ title: "   " })))).toEqual({ title: "required" });
    expect(createEngagementSchema.parse(form({ respondentTitle: "   " })).respondentTitle).toBeNull();
    expect(issues(createEngagementSchema.safeParse(form({ respondentTitle: "x".repeat(201) })))).toEqual({ respondentTitle: "too_long" });
    expect(issues(createEngagementSchema.safeParse(form({ inviteIntro: "x".repeat(2001) })))).toEqual({ inviteIntro: "too_long" });
    expect(createEngagementSchema.safeParse(form({ inviteIntro: "x".repeat(2000) })).success).toBe(true);
    expect(issues(createEngagementSchema.safeParse(form({ closesAt: "2026-02-30" })))).toEqual({ closesAt: "invalid_date" });
    for (const n of ["0", "31", "2.5", "x"]) {
      expect(issues(createEngagementSchema.safeParse(form({ closesAt: "2026-07-15", autoReminderDaysBefore: n }))), n).toEqual({
        autoReminderDaysBefore: "reminder_range",
      });
    }
    expect(issues(createEngagementSchema.safeParse(form({ autoReminderDaysBefore: "5" })))).toEqual({
      autoReminderDaysBefore: "reminder_needs_close_date",
    });
    expect(issues(createEngagementSchema.safeParse(form({ clientId: "" })))).toEqual({ clientId: "required" });
    expect(issues(createEngagementSchema.safeParse(form({ previousEngagementId: "nope" })))).toEqual({ previousEngagementId: "invalid" });
  });

  it("has no model version field: a submitted one is refused, not stored", () => {
    expect(createEngagementSchema.strict().safeParse(form({ modelVersion: "1999.1" })).success).toBe(false);
    expect(
      updateEngagementSchema.strict().safeParse({ ...form(), engagementId: OTHER, revision: "2", modelVersion: "1999.1" }).success,
    ).toBe(false);
    expect(updateEngagementSchema.strict().parse({ ...form(), engagementId: OTHER, revision: "2" }).revision).toBe(2);
  });
});

describe("assertValidSettings", () => {
  const now = new Date("2026-06-01T10:00:00Z");
  const base: EngagementSettings = {
    clientId: CLIENT,
    title: "Scan",
    respondentTitle: null,
    scanLocale: "nl",
    closesAt: null,
    anonymityK: 3,
    weighting: "role_group",
    previousEngagementId: null,
    inviteIntro: null,
    autoReminderDaysBefore: null,
  };
  const reason = (s: Partial<EngagementSettings>, previous?: { closesAt: Date | null }) => {
    try {
      assertValidSettings({ ...base, ...s }, now, previous);
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(FieldRuleError);
      return `${(e as FieldRuleError).field}:${(e as FieldRuleError).reason}`;
    }
  };

  it("accepts valid settings and refuses each broken rule", () => {
    expect(reason({})).toBeNull();
    expect(reason({ anonymityK: 2 })).toBe("anonymityK:k_min");
    expect(reason({ anonymityK: 3.5 })).toBe("anonymityK:k_min");
    expect(reason({ title: " " })).toBe("title:required");
    expect(reason({ inviteIntro: "x".repeat(2001) })).toBe("inviteIntro:too_long");
    expect(reason({ autoReminderDaysBefore: 31, closesAt: new Date("2026-07-01") })).toBe("autoReminderDaysBefore:reminder_range");
    expect(reason({ autoReminderDaysBefore: 3 })).toBe("autoReminderDaysBefore:reminder_needs_close_date");
    expect(reason({ weighting: "nobody" as never })).toBe("weighting:invalid");
  });

  it("refuses a new close date before today but keeps an unchanged past one", () => {
    const past = new Date("2026-05-31T21:59:59.999Z");
    expect(reason({ closesAt: past })).toBe("closesAt:close_date_past");
    expect(reason({ closesAt: past }, { closesAt: new Date(past) })).toBeNull();
    expect(reason({ closesAt: new Date("2026-06-01T21:59:59.999Z") })).toBeNull(); // today is fine
  });
});

describe("changedSettings", () => {
  it("names the fields that differ, comparing dates by value", () => {
    const a: EngagementSettings = {
      clientId: CLIENT,
      title: "Scan",
      respondentTitle: null,
      scanLocale: "nl",
      closesAt: new Date("2026-07-01T00:00:00Z"),
      anonymityK: 3,
      weighting: "role_group",
      previousEngagementId: null,
      inviteIntro: null,
      autoReminderDaysBefore: null,
    };
    expect(changedSettings(a, { ...a, closesAt: new Date("2026-07-01T00:00:00Z") })).toEqual([]);
    expect(changedSettings(a, { ...a, title: "Other", anonymityK: 5, inviteIntro: "Hi" })).toEqual(["title", "anonymityK", "inviteIntro"]);
  });
});
