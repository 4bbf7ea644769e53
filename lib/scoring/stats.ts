/**
 * Small statistics helpers. Every function sorts a copy of its input before summing, so the
 * result is bit-for-bit the same whatever order the respondents come in.
 */

/**
 * Tolerance for comparisons with thresholds. Means such as (3.5 + 2.5) / 2 are exact in
 * floating point, but a mean of thirds can land at 2.9999999999999996; comparing with a
 * tolerance keeps "≥ 3" true for a value that is 3 on paper.
 */
export const EPSILON = 1e-9;

/** a ≥ b, tolerant of floating-point noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - EPSILON;
}

/** a < b by more than floating-point noise. */
export function below(a: number, b: number): boolean {
  return a < b - EPSILON;
}

/** a > b by more than floating-point noise. */
export function above(a: number, b: number): boolean {
  return a > b + EPSILON;
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((x, y) => x - y);
}

/** Sum in ascending order (order-independent). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of sortedCopy(values)) total += v;
  return total;
}

/** Arithmetic mean; `null` for no values (never NaN, never 0). */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return sum(values) / values.length;
}

/**
 * Sample variance with n − 1 in the denominator (as R's `var()`, which the `rwg` function of
 * the R package `multilevel` uses). `null` for fewer than 2 values.
 */
export function sampleVariance(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const m = sum(values) / n;
  const squares = values.map((v) => (v - m) * (v - m));
  return sum(squares) / (n - 1);
}

/** Sample standard deviation (n − 1). `null` for fewer than 2 values. */
export function sampleSd(values: readonly number[]): number | null {
  const v = sampleVariance(values);
  return v === null ? null : Math.sqrt(v);
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Lowest and highest value; `null` for no values. */
export function range(values: readonly number[]): Range | null {
  if (values.length === 0) return null;
  const sorted = sortedCopy(values);
  return { min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

/**
 * Display helper only: round half away from zero to `decimals` (default one) decimal.
 * Data always keeps full precision; round only when showing a number.
 */
export function roundForDisplay(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  const sign = value < 0 ? -1 : 1;
  const rounded = (sign * Math.round(Math.abs(value) * factor + 1e-7)) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0"
}

/** Display helper: "3,4" in Dutch, "3.4" in English; an en dash for a missing value. */
export function formatScore(value: number | null, locale: "nl" | "en", decimals = 1): string {
  if (value === null) return "–";
  const text = roundForDisplay(value, decimals).toFixed(decimals);
  return locale === "nl" ? text.replace(".", ",") : text;
}
