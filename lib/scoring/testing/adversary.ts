/**
 * The attacker of the disclosure tests, written separately from lib/scoring/disclosure (no atoms,
 * no shared code): it works on respondents directly, with its own exact rationals, and asks
 * which sets of fewer than k respondents have a sum (or count) that follows from the published
 * linear functionals.
 *
 * A set S is recoverable exactly when its indicator lies in the row space of the published
 * functionals, i.e. is orthogonal to their kernel. Every respondent gets its coordinates in a
 * kernel basis; S is recoverable iff those coordinates sum to the zero vector over S. Small sets
 * are found by a random integer projection of the coordinates (a necessary condition, looked up
 * by hashing) and then verified exactly.
 */

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** An exact rational number. */
export class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d = 1n) {
    if (d === 0n) throw new Error("division by zero");
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d) || 1n;
    this.n = n / g;
    this.d = d / g;
  }
  static of(n: number, d = 1): Q {
    return new Q(BigInt(n), BigInt(d));
  }
  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  key(): string {
    return `${this.n}/${this.d}`;
  }
}

const ZERO = Q.of(0);

/** Kernel basis of the rows (vectors of length dim): each basis vector has length dim. */
function kernel(rows: readonly (readonly Q[])[], dim: number): Q[][] {
  const m = rows.map((r) => [...r]);
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < dim && rank < m.length; col++) {
    const found = m.findIndex((r, i) => i >= rank && !r[col]!.isZero());
    if (found < 0) continue;
    [m[rank], m[found]] = [m[found]!, m[rank]!];
    const pivotRow = m[rank]!;
    const inv = pivotRow[col]!;
    for (let c = 0; c < dim; c++) pivotRow[c] = pivotRow[c]!.div(inv);
    for (let i = 0; i < m.length; i++) {
      if (i === rank || m[i]![col]!.isZero()) continue;
      const factor = m[i]![col]!;
      for (let c = 0; c < dim; c++) m[i]![c] = m[i]![c]!.sub(factor.mul(pivotRow[c]!));
    }
    pivots.push(col);
    rank++;
  }
  const free = Array.from({ length: dim }, (_, c) => c).filter((c) => !pivots.includes(c));
  return free.map((q) => {
    const z = Array.from({ length: dim }, () => ZERO);
    z[q] = Q.of(1);
    pivots.forEach((p, i) => (z[p] = ZERO.sub(m[i]![q]!)));
    return z;
  });
}

/**
 * Sets of 1 … k−1 respondents (indices into 0 … dim−1) whose indicator is in the span of the
 * rows. Empty when nothing small is recoverable. Stops after `limit` findings.
 */
export function recoverableSmallSets(rows: readonly (readonly Q[])[], dim: number, k: number, limit = 5): number[][] {
  const basis = kernel(rows, dim);
  const coords = Array.from({ length: dim }, (_, r) => basis.map((z) => z[r]!));
  let seed = 0x2545f491;
  const weights = basis.map(() => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return Q.of((seed % 1_000_003) + 1);
  });
  const projected = coords.map((c) => c.reduce((s, x, j) => s.add(x.mul(weights[j]!)), ZERO));
  const exact = (set: readonly number[]) => basis.every((_, j) => set.reduce((s, r) => s.add(coords[r]![j]!), ZERO).isZero());
  const byValue = new Map<string, number[]>();
  projected.forEach((p, r) => byValue.set(p.key(), [...(byValue.get(p.key()) ?? []), r]));
  const found: number[][] = [];
  // Choose the first size−1 members in increasing order, look the last one up by its value.
  const search = (chosen: number[], sum: Q, size: number) => {
    if (found.length >= limit) return;
    if (chosen.length === size - 1) {
      const last = chosen[chosen.length - 1] ?? -1;
      for (const r of byValue.get(ZERO.sub(sum).key()) ?? []) {
        if (r > last && exact([...chosen, r])) found.push([...chosen, r]);
        if (found.length >= limit) return;
      }
      return;
    }
    const start = (chosen[chosen.length - 1] ?? -1) + 1;
    for (let r = start; r < dim; r++) search([...chosen, r], sum.add(projected[r]!), size);
  };
  for (let size = 1; size < k && size <= dim; size++) search([], ZERO, size);
  return found;
}

/** Indicator of a set of respondents as a row. */
export function indicator(members: ReadonlySet<number>, dim: number): Q[] {
  return Array.from({ length: dim }, (_, r) => (members.has(r) ? Q.of(1) : ZERO));
}

/**
 * The functional a published mean really is under role-group weighting: the mean of the
 * role-group means inside the cell, so respondent r weighs 1 / (groups × members of its group).
 */
export function roleWeighted(members: ReadonlySet<number>, roleOf: (r: number) => string, dim: number): Q[] {
  const sizes = new Map<string, number>();
  for (const r of members) sizes.set(roleOf(r), (sizes.get(roleOf(r)) ?? 0) + 1);
  return Array.from({ length: dim }, (_, r) => (members.has(r) ? Q.of(1, sizes.size * sizes.get(roleOf(r))!) : ZERO));
}
