import { describe, expect, it } from "vitest";
import type { Engagement } from "../../db/schema";
import { formValuesOf, newFormValues } from "./form-values";
import { changedSettings, createEngagementSchema, updateEngagementSchema } from "./settings";

const stored: Engagement = {
  id: "0b6d2c4e-1f3a-4b5c-8d7e-9f0a1b2c3d4e",
  firmId: "6f1c1f0e-8a4b-4a8e-9d1e-2b9f0c6a7d10",
  clientId: "6f1c1f0e-8a4b-4a8e-9d1e-2b9f0c6a7d11",
  title: "Herhaalmeting 2027",
  respondentTitle: null,
  status: "open",
  modelVersion: "2026.1",
  scanLocale: "en",
  closesAt: new Date("2027-03-31T21:59:59.999Z"),
  anonymityK: 5,
  weighting: "respondent",
  previousEngagementId: "6f1c1f0e-8a4b-4a8e-9d1e-2b9f0c6a7d12",
  inviteIntro: "Beste team,\nvul de scan in.",
  autoReminderDaysBefore: 3,
  autoReminderSentAt: null,
  revision: 4,
  benchmarkFigures: null,
  createdBy: null,
  createdAt: new Date("2026-01-01T10:00:00Z"),
  updatedAt: new Date("2026-01-02T10:00:00Z"),
};

describe("engagement form values", () => {
  it("of a stored engagement parse back to the same settings, so saving the form unchanged changes nothing", () => {
    const parsed = updateEngagementSchema.strict().parse({ ...formValuesOf(stored), engagementId: stored.id, revision: "4" });
    const { engagementId, revision, ...settings } = parsed;
    expect(engagementId).toBe(stored.id);
    expect(revision).toBe(4);
    expect(changedSettings(stored, settings)).toEqual([]);
  });

  it("of an engagement without optional settings are empty texts", () => {
    const bare = { ...stored, closesAt: null, previousEngagementId: null, inviteIntro: null, autoReminderDaysBefore: null };
    expect(formValuesOf(bare)).toMatchObject({ closesAt: "", previousEngagementId: "", inviteIntro: "", autoReminderDaysBefore: "" });
  });

  it("of a new engagement default to k = 3 and weighting by role group, and need only a title", () => {
    const values = newFormValues(stored.clientId, "nl");
    expect(values).toMatchObject({ anonymityK: "3", weighting: "role_group", scanLocale: "nl" });
    expect(createEngagementSchema.safeParse(values).success).toBe(false);
    expect(createEngagementSchema.parse({ ...values, title: "Scan" })).toMatchObject({ anonymityK: 3, weighting: "role_group", closesAt: null });
  });
});
