/**
 * Engagement settings: the form schemas (strings from a form in, typed settings out) and the
 * rules the data layer enforces again, so no caller can store an engagement that breaks them.
 * Pure: no database, no React.
 */
import { z } from "zod";
import { safeText } from "../validation/text";
import type { Weighting } from "../../db/schema";
import { isUuid } from "../ids";
import { closeDateToTimestamp, isCalendarDay, timestampToCloseDate } from "./close-date";
import { FieldRuleError } from "./field-error";

export const SCAN_LOCALES = ["nl", "en"] as const;
export const WEIGHTINGS = ["role_group", "respondent"] as const satisfies readonly Weighting[];
export const MIN_ANONYMITY_K = 3;
export const MAX_ANONYMITY_K = 50;
export const DEFAULT_ANONYMITY_K = 3;
export const MAX_TITLE_LENGTH = 200;
export const MAX_INVITE_INTRO_LENGTH = 2000;
export const MIN_REMINDER_DAYS = 1;
export const MAX_REMINDER_DAYS = 30;

/** Everything about an engagement a consultant sets; the model version is not among them. */
export interface EngagementSettings {
  readonly clientId: string;
  readonly title: string;
  /** What respondents see as the scan's title; null for the default ("Sales Maturity Scan — <client>"). */
  readonly respondentTitle: string | null;
  readonly scanLocale: (typeof SCAN_LOCALES)[number];
  /** The last moment of the close day (see close-date.ts), or null for no close date. */
  readonly closesAt: Date | null;
  readonly anonymityK: number;
  readonly weighting: Weighting;
  readonly previousEngagementId: string | null;
  readonly inviteIntro: string | null;
  readonly autoReminderDaysBefore: number | null;
}

export const SETTINGS_FIELDS = [
  "clientId",
  "title",
  "respondentTitle",
  "scanLocale",
  "closesAt",
  "anonymityK",
  "weighting",
  "previousEngagementId",
  "inviteIntro",
  "autoReminderDaysBefore",
] as const satisfies readonly (keyof EngagementSettings)[];

const blankToNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);
/** Line endings from browsers are \r\n; store \n. */
const normaliseText = (v: string) => v.replace(/\r\n?/g, "\n").trim();

const settingsShape = {
  clientId: z.string({ error: "required" }).trim().min(1, { error: "required", abort: true }).refine(isUuid, "invalid"),
  title: safeText({ error: "required" }).trim().min(1, "required").max(MAX_TITLE_LENGTH, "too_long"),
  respondentTitle: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.preprocess(blankToNull, safeText().max(MAX_TITLE_LENGTH, "too_long").nullable()),
  ),
  scanLocale: z.enum(SCAN_LOCALES, { error: "required" }),
  closesAt: z.preprocess(
    blankToNull,
    z
      .string({ error: "invalid_date" })
      .refine(isCalendarDay, "invalid_date")
      .transform((day) => closeDateToTimestamp(day))
      .nullable(),
  ),
  anonymityK: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : v),
    z.coerce
      .number({ error: "k_min" })
      .int("k_min")
      .min(MIN_ANONYMITY_K, "k_min")
      .max(MAX_ANONYMITY_K, "k_max")
      .default(DEFAULT_ANONYMITY_K),
  ),
  weighting: z.enum(WEIGHTINGS, { error: "required" }),
  previousEngagementId: z.preprocess(blankToNull, z.string().refine(isUuid, "invalid").nullable()),
  inviteIntro: z.preprocess(
    (v) => (typeof v === "string" ? normaliseText(v) : v),
    z.preprocess(blankToNull, safeText().max(MAX_INVITE_INTRO_LENGTH, "too_long").nullable()),
  ),
  autoReminderDaysBefore: z.preprocess(
    blankToNull,
    z.coerce
      .number({ error: "reminder_range" })
      .int("reminder_range")
      .min(MIN_REMINDER_DAYS, "reminder_range")
      .max(MAX_REMINDER_DAYS, "reminder_range")
      .nullable(),
  ),
};

const reminderNeedsCloseDate = (v: { closesAt: Date | null; autoReminderDaysBefore: number | null }, ctx: z.RefinementCtx) => {
  if (v.autoReminderDaysBefore !== null && v.closesAt === null) {
    ctx.addIssue({ code: "custom", path: ["autoReminderDaysBefore"], message: "reminder_needs_close_date" });
  }
};

/** The form of a new engagement. */
export const createEngagementSchema = z.object(settingsShape).superRefine(reminderNeedsCloseDate);

/** The settings form of an existing engagement: carries the revision it was loaded at. */
export const updateEngagementSchema = z
  .object({
    ...settingsShape,
    engagementId: z.string().refine(isUuid, "invalid"),
    revision: z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid"),
  })
  .superRefine(reminderNeedsCloseDate);

/** Today's calendar day in the close-date time zone. */
export const todayCloseDay = (now: Date) => timestampToCloseDate(now);

/**
 * The rules every stored engagement obeys, checked by the data layer whoever calls it.
 * `previous` is the stored engagement on an edit: an unchanged close date in the past is
 * kept (a closed scan may have closed long ago), a new one must not be before today.
 */
export function assertValidSettings(s: EngagementSettings, now: Date, previous?: { closesAt: Date | null }): void {
  if (!isUuid(s.clientId)) throw new FieldRuleError("clientId", "invalid");
  const title = s.title.trim();
  if (title.length === 0) throw new FieldRuleError("title", "required");
  if (title.length > MAX_TITLE_LENGTH) throw new FieldRuleError("title", "too_long");
  if (s.respondentTitle !== null && s.respondentTitle.trim().length > MAX_TITLE_LENGTH) throw new FieldRuleError("respondentTitle", "too_long");
  if (!SCAN_LOCALES.includes(s.scanLocale)) throw new FieldRuleError("scanLocale", "invalid");
  if (!Number.isInteger(s.anonymityK) || s.anonymityK < MIN_ANONYMITY_K) throw new FieldRuleError("anonymityK", "k_min");
  if (s.anonymityK > MAX_ANONYMITY_K) throw new FieldRuleError("anonymityK", "k_max");
  if (!WEIGHTINGS.includes(s.weighting)) throw new FieldRuleError("weighting", "invalid");
  if (s.previousEngagementId !== null && !isUuid(s.previousEngagementId)) throw new FieldRuleError("previousEngagementId", "invalid");
  if (s.inviteIntro !== null && s.inviteIntro.length > MAX_INVITE_INTRO_LENGTH) throw new FieldRuleError("inviteIntro", "too_long");
  if (s.autoReminderDaysBefore !== null) {
    const n = s.autoReminderDaysBefore;
    if (!Number.isInteger(n) || n < MIN_REMINDER_DAYS || n > MAX_REMINDER_DAYS) {
      throw new FieldRuleError("autoReminderDaysBefore", "reminder_range");
    }
    if (s.closesAt === null) throw new FieldRuleError("autoReminderDaysBefore", "reminder_needs_close_date");
  }
  if (s.closesAt !== null) {
    if (Number.isNaN(s.closesAt.getTime())) throw new FieldRuleError("closesAt", "invalid_date");
    const unchanged = previous?.closesAt != null && previous.closesAt.getTime() === s.closesAt.getTime();
    if (!unchanged && timestampToCloseDate(s.closesAt) < todayCloseDay(now)) throw new FieldRuleError("closesAt", "close_date_past");
  }
}

/** The names of the settings that differ (for the audit log: names only, never values). */
export function changedSettings(before: EngagementSettings, after: EngagementSettings): (keyof EngagementSettings)[] {
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  return SETTINGS_FIELDS.filter((field) => !same(before[field], after[field]));
}
