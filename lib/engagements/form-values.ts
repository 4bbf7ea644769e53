/** What the engagement form shows: settings as form texts, and the choices it offers. Pure. */
import type { Engagement } from "../../db/schema";
import { timestampToCloseDate } from "./close-date";
import { DEFAULT_ANONYMITY_K } from "./settings";

/** The settings as form texts (dates as YYYY-MM-DD, numbers as digits, empty for none). */
export interface EngagementFormValues {
  readonly clientId: string;
  readonly title: string;
  readonly respondentTitle: string;
  readonly scanLocale: string;
  readonly closesAt: string;
  readonly anonymityK: string;
  readonly weighting: string;
  readonly previousEngagementId: string;
  readonly inviteIntro: string;
  readonly autoReminderDaysBefore: string;
}

export interface ClientOption {
  readonly id: string;
  readonly name: string;
  readonly archived: boolean;
}

export interface PreviousOption {
  readonly id: string;
  readonly title: string;
  readonly clientId: string;
  readonly clientName: string;
}

export function formValuesOf(e: Engagement): EngagementFormValues {
  return {
    clientId: e.clientId,
    title: e.title,
    respondentTitle: e.respondentTitle ?? "",
    scanLocale: e.scanLocale,
    closesAt: e.closesAt ? timestampToCloseDate(e.closesAt) : "",
    anonymityK: String(e.anonymityK),
    weighting: e.weighting,
    previousEngagementId: e.previousEngagementId ?? "",
    inviteIntro: e.inviteIntro ?? "",
    autoReminderDaysBefore: e.autoReminderDaysBefore === null ? "" : String(e.autoReminderDaysBefore),
  };
}

/** A new engagement: the given client (or none), k = 3, weighting by role group. */
export function newFormValues(clientId: string, scanLocale: "nl" | "en"): EngagementFormValues {
  return {
    clientId,
    title: "",
    respondentTitle: "",
    scanLocale,
    closesAt: "",
    anonymityK: String(DEFAULT_ANONYMITY_K),
    weighting: "role_group",
    previousEngagementId: "",
    inviteIntro: "",
    autoReminderDaysBefore: "",
  };
}
