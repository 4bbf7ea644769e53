/** Dates on the scan pages: a long date in the respondent's language, in Dutch time. */
import type { Locale } from "../model/types";

export const SCAN_TIME_ZONE = "Europe/Amsterdam";

export function formatScanDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: SCAN_TIME_ZONE }).format(date);
}
