/** Timing helpers for the benchmark: warm-up, repeated runs, median and p95, a plain table. */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface Measurement {
  readonly runs: number;
  /** Calls per run; the reported times are per call. */
  readonly inner: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/** Keeps results reachable so the calls cannot be optimised away. */
export const sink: { value: unknown } = { value: undefined };
function consume(value: unknown): void {
  sink.value = value;
}

/** Nearest-rank percentile (p in 0–1) of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Runs `fn` `warmup` times untimed, then `runs` timed samples of `inner` calls each (use inner > 1
 * for calls far below a millisecond, so timer resolution does not dominate). Times in ms per call.
 */
export function measure(fn: () => unknown, opts: { warmup: number; runs: number; inner?: number }): Measurement {
  const inner = opts.inner ?? 1;
  for (let i = 0; i < opts.warmup * inner; i++) consume(fn());
  const samples: number[] = [];
  for (let r = 0; r < opts.runs; r++) {
    const start = performance.now();
    for (let i = 0; i < inner; i++) consume(fn());
    samples.push((performance.now() - start) / inner);
  }
  samples.sort((a, b) => a - b);
  return {
    runs: opts.runs,
    inner,
    median: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    min: samples[0] ?? Number.NaN,
    max: samples[samples.length - 1] ?? Number.NaN,
  };
}

/** A full garbage collection, so heap figures are comparable (exposes V8's gc at runtime). */
export const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ms = (value: number): string => (value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1));

/** Left-aligned first column, right-aligned others. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
