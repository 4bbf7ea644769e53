/**
 * Bar chart geometry: linear scales, a horizontal bar on a fixed scale (a pillar mean on 1–5)
 * and stacked bars (the answer distribution of an item). Pure numbers, shared by the web pages
 * and the PDF.
 */
import { round2 } from "./radar";

export type Scale = (value: number) => number;

/** Maps [d0, d1] linearly onto [r0, r1]; values outside are clamped. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) throw new RangeError("empty domain");
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  return (value) => {
    const v = Math.min(hi, Math.max(lo, value));
    return round2(r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
  };
}

/** Evenly spaced ticks from `from` to `to` inclusive. */
export function ticks(from: number, to: number, step = 1): number[] {
  if (!(step > 0)) throw new RangeError("step must be positive");
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(round2(v));
  return out;
}

export interface HorizontalBar {
  readonly x: number;
  readonly width: number;
  /** Where a marker for `value` sits (the end of the bar). */
  readonly end: number;
}

/**
 * A bar from the start of the scale to `value` on a scale [min, max] drawn over `width` units.
 * `null` for a missing value (never a zero-length bar that reads as "1.0").
 */
export function horizontalBar(value: number | null, options: { min: number; max: number; width: number; x?: number }): HorizontalBar | null {
  if (value === null || !Number.isFinite(value)) return null;
  const x = options.x ?? 0;
  const scale = linearScale([options.min, options.max], [x, x + options.width]);
  const end = scale(value);
  return { x, width: round2(end - x), end };
}

export interface StackSegment<K extends string> {
  readonly key: K;
  readonly value: number;
  readonly x: number;
  readonly width: number;
  /** value / total (0–1); 0 when the total is 0. */
  readonly share: number;
}

/**
 * Stacks non-negative counts left to right over `width`. The widths add up to `width` exactly
 * (the last non-empty segment absorbs rounding), and are all 0 when every count is 0.
 */
export function stackedBar<K extends string>(
  counts: readonly { readonly key: K; readonly value: number }[],
  width: number,
): StackSegment<K>[] {
  for (const c of counts) if (!(c.value >= 0) || !Number.isFinite(c.value)) throw new RangeError(`invalid count for ${c.key}`);
  const total = counts.reduce((s, c) => s + c.value, 0);
  let lastNonEmpty = -1;
  counts.forEach((c, i) => {
    if (c.value > 0) lastNonEmpty = i;
  });
  let x = 0;
  return counts.map((c, i) => {
    const share = total === 0 ? 0 : c.value / total;
    const w = i === lastNonEmpty ? round2(width - x) : round2(share * width);
    const segment = { key: c.key, value: c.value, x: round2(x), width: c.value === 0 ? 0 : w, share };
    x += segment.width;
    return segment;
  });
}
