/**
 * Seeded pseudo-random numbers for the benchmark data (mulberry32): the same seed gives the
 * same engagement on every machine and run. Not for anything security-related.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** One of the options, with the given (not necessarily normalised) weights. */
  weighted<T>(options: readonly (readonly [T, number])[]): T;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    normal(mean, sd) {
      const u = 1 - next(); // (0, 1]: log(u) is finite
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    weighted(options) {
      const total = options.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of options) {
        r -= w;
        if (r < 0) return value;
      }
      const last = options[options.length - 1];
      if (!last) throw new Error("weighted: no options");
      return last[0];
    },
  };
}
