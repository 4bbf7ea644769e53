/**
 * Exact row-space arithmetic for the disclosure check (disclosure.ts): which unions of atoms
 * have an indicator that is a linear combination of the published cells' vectors.
 *
 * Rows are integer BigInt vectors over the atoms, brought into reduced row-echelon form without
 * fractions (rows are scaled instead of divided, and kept small by their gcd). A union U of
 * atoms is computable exactly when its indicator e_U lies in the row space; with the reduced
 * rows that is: for every free column q, [q ∈ U] = Σ over pivot rows i with pivot(i) ∈ U of
 * row_i[q] / pivot value_i. Candidate unions are found through a floating-point projection
 * (never misses a true union: an exact zero stays within rounding of zero) and every candidate
 * is then verified exactly, so the answer is exact.
 */

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

function normalise(row: bigint[]): void {
  let g = 0n;
  for (const x of row) if (x !== 0n) g = gcd(g, x);
  if (g > 1n) for (let i = 0; i < row.length; i++) row[i] = row[i]! / g;
}

/** Reduced row-echelon form of integer rows. */
export class RowSpace {
  readonly dim: number;
  /** Reduced rows (integers); row i has its pivot at pivots[i] and is 0 at every other pivot. */
  private readonly rows: bigint[][];
  private readonly pivots: number[];
  private readonly pivotRowOf = new Map<number, number>();

  constructor(rows: readonly (readonly bigint[])[], dim: number) {
    this.dim = dim;
    const m = rows.map((r) => [...r]);
    const pivots: number[] = [];
    let rank = 0;
    for (let col = 0; col < dim && rank < m.length; col++) {
      let found = -1;
      for (let i = rank; i < m.length; i++) if (m[i]![col] !== 0n) { found = i; break; }
      if (found < 0) continue;
      [m[rank], m[found]] = [m[found]!, m[rank]!];
      const pivotRow = m[rank]!;
      if (pivotRow[col]! < 0n) for (let c = 0; c < dim; c++) pivotRow[c] = -pivotRow[c]!;
      normalise(pivotRow);
      const p = pivotRow[col]!;
      for (let i = 0; i < m.length; i++) {
        const row = m[i]!;
        const f = row[col]!;
        if (i === rank || f === 0n) continue;
        for (let c = 0; c < dim; c++) row[c] = row[c]! * p - pivotRow[c]! * f;
        normalise(row);
      }
      pivots.push(col);
      rank++;
    }
    this.rows = m.slice(0, rank);
    this.pivots = pivots;
    pivots.forEach((col, i) => this.pivotRowOf.set(col, i));
  }

  get rank(): number {
    return this.pivots.length;
  }

  /** Exactly: is the indicator of these atoms a linear combination of the rows? */
  contains(atoms: readonly number[]): boolean {
    const inU = new Set(atoms);
    const used = atoms.map((a) => this.pivotRowOf.get(a));
    // A free atom in U needs a pivot row in U that reaches it; check every column touched.
    const columns = new Set<number>();
    for (const a of atoms) if (!this.pivotRowOf.has(a)) columns.add(a);
    for (const i of used) if (i !== undefined) this.rows[i]!.forEach((x, c) => x !== 0n && !this.pivotRowOf.has(c) && columns.add(c));
    for (const q of columns) {
      // Σ row_i[q] / p_i over the used rows, compared with [q ∈ U], as one fraction.
      let num = 0n;
      let den = 1n;
      for (const i of used) {
        if (i === undefined) continue;
        const row = this.rows[i]!;
        const x = row[q]!;
        if (x === 0n) continue;
        const p = row[this.pivots[i]!]!;
        num = num * p + x * den;
        den = den * p;
      }
      const want = inU.has(q) ? den : 0n;
      if (num !== want) return false;
    }
    return true;
  }

  /**
   * Projection used to find candidates: h(atom) = Σ over free q of s_atom[q] · ρ_q, where s is the
   * atom's coordinate in the kernel basis. e_U in the row space ⇒ Σ_{a∈U} h(a) = 0.
   */
  projection(): { readonly value: Float64Array; readonly scale: Float64Array } {
    const rho = new Float64Array(this.dim);
    let seed = 0x9e3779b9;
    for (let c = 0; c < this.dim; c++) {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6b) >>> 0;
      rho[c] = 1 + (seed % 1_000_003);
    }
    const value = new Float64Array(this.dim);
    const scale = new Float64Array(this.dim);
    for (let c = 0; c < this.dim; c++) {
      const i = this.pivotRowOf.get(c);
      if (i === undefined) {
        value[c] = rho[c]!;
        scale[c] = rho[c]!;
        continue;
      }
      const row = this.rows[i]!;
      const p = Number(row[c]!);
      let v = 0;
      let s = 0;
      row.forEach((x, q) => {
        if (x === 0n || this.pivotRowOf.has(q)) return;
        const term = (Number(x) / p) * rho[q]!;
        v -= term;
        s += Math.abs(term);
      });
      value[c] = v;
      scale[c] = s;
    }
    return { value, scale };
  }
}

/**
 * The first union of atoms (by a fixed search order) with fewer than `k` respondents whose
 * indicator lies in the row space, or null. `size[a]` = respondents in atom a. Returns
 * "too_many" when the search would exceed `budget` combinations; callers then treat the
 * layout as unsafe (and suppress more), which keeps the check both exact and bounded.
 */
export function findSmallComputableUnion(
  space: RowSpace,
  size: readonly number[],
  k: number,
  budget = 2_000_000,
): readonly number[] | null | "too_many" {
  const small = size.map((s, a) => [s, a] as const).filter(([s]) => s > 0 && s < k).map(([, a]) => a);
  if (small.length === 0) return null;
  const { value, scale } = space.projection();
  // Rows too large for a double: no filter, every combination is checked exactly.
  const filter = value.every(Number.isFinite) && scale.every(Number.isFinite);
  let steps = 0;
  let result: readonly number[] | null | "too_many" = null;
  const search = (from: number, chosen: number[], respondents: number, sum: number, magnitude: number): boolean => {
    for (let j = from; j < small.length; j++) {
      const a = small[j]!;
      const n = respondents + size[a]!;
      if (n >= k) continue;
      if (++steps > budget) {
        result = "too_many";
        return true;
      }
      const s = sum + value[a]!;
      const m = magnitude + scale[a]! + Math.abs(value[a]!);
      const next = [...chosen, a];
      if ((!filter || Math.abs(s) <= 1e-9 * Math.max(1, m)) && space.contains(next)) {
        result = next;
        return true;
      }
      if (search(j + 1, next, n, s, m)) return true;
    }
    return false;
  };
  search(0, [], 0, 0, 0);
  return result;
}
