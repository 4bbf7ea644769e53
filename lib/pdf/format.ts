/** Number, date and name formatting for the report (pure). */
import type { Locale } from "../model/types";
import type { Phase } from "../scoring/roadmap";
import type { ReportTexts } from "./texts";

const TIME_ZONE = "Europe/Amsterdam";

/** One decimal in the report language ("3,2" / "3.2"); "–" for a missing value. */
export function formatScore(value: number | null | undefined, locale: Locale, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

export function formatPercent(share: number | null, locale: Locale): string {
  if (share === null || !Number.isFinite(share)) return "–";
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** "29 november 2026" / "29 November 2026", in Dutch time. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: TIME_ZONE,
  }).format(date);
}

/** "2026-11-29" in Dutch time (for file names). */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE }).format(date);
}

/** "2027-Q1" → "Q1 2027"; anything else as given. */
export function formatQuarter(quarter: string | null): string | null {
  if (!quarter) return null;
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? `Q${m[2]} ${m[1]}` : quarter;
}

export const PHASE_LABEL_KEYS: Readonly<Record<Phase, keyof ReportTexts>> = {
  "0-3": "phase_0_3",
  "3-6": "phase_3_6",
  "6-12": "phase_6_12",
  "12+": "phase_12_plus",
};

/**
 * Lower-case ASCII letters and digits joined by single dashes, at most `max` characters, cut at
 * a dash where possible. Accents are folded ("Café Ölander" → "cafe-olander"); everything else
 * (HTML, quotes, slashes, emoji, other scripts) disappears.
 */
export function asciiSlug(text: string, max = 40): string {
  const folded = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, "");
}
