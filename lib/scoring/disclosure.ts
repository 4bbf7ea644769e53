/**
 * The disclosure check: which candidate cells may be published together (docs/methodology.md,
 * "Anonimiteit" / "Anonymity"). Pure; the client-safe view (client-safe.ts) feeds it every cell
 * it would publish (total, role groups, teams, merged "Overig" groups, management versus the
 * rest, the total's answer counts) and computes figures only for the cells it lets through.
 *
 * Why one check over all cells: tables suppressed one by one can be subtracted from each other
 * (issue #12: total − sales − the marketing team = the director). The rule, as in statistical
 * cell-suppression tools:
 * - atoms are the respondents with the same membership in every published cell;
 * - the reader knows, for every published cell, the linear functional its figure is: a count or a
 *   plain mean (with its n, a sum) is the cell's indicator; a mean of role-group means is the
 *   cell's members weighted 1 / (groups × members of their group) — the role-group sizes are
 *   assumed known, the cautious choice;
 * - no union of atoms with fewer than k respondents may have its indicator in the span of those
 *   functionals, checked on two systems: counts (every cell's indicator) and values (what the
 *   figures are; the same system under respondent weighting);
 * - no published cell may leave fewer than k (but more than 0) respondents in a published cell
 *   that contains it.
 * While a rule fails, one more cell is suppressed: the first, in suppression order, whose removal
 * makes that system safe; if no single removal does, the first in suppression order (for the
 * complement rule: the first of the two cells). The order: details (the total's answer counts,
 * "the rest" beside management) before any group, then the smallest cell, and on a tie the later
 * one in display order. Deterministic, and it ends: every round removes a cell, and the fixed cell (the
 * total, n ≥ k) alone never fails.
 */
import { findSmallComputableUnion, RowSpace } from "./span";
import type { Weighting } from "./types";

export interface DisclosureCell {
  readonly id: string;
  /** Respondents (indices into roleOf). */
  readonly members: readonly number[];
  /** "mean": a mean of the members' answers (weighted as the engagement weighs); "count": counts (answer distributions). */
  readonly publishes: "mean" | "count";
  /** Never suppressed: the total, without which there is no report. */
  readonly fixed?: boolean;
  /** A detail (the total's answer counts, "the rest" of the perception gap): given up before any group. */
  readonly detail?: boolean;
  /** Display order; among equally small cells the later one is suppressed first. */
  readonly order: number;
}

export interface DisclosureInput {
  readonly k: number;
  readonly weighting: Weighting;
  /** Role group of every respondent. */
  readonly roleOf: readonly string[];
  readonly cells: readonly DisclosureCell[];
  /**
   * Per pillar, the respondents who answered it (a level on at least one of its items). A cell's
   * pillar figure is built from those only, so the rule is checked within each of these sets too.
   */
  readonly answered?: readonly (readonly number[])[];
}

export type SuppressionReason = "below_k" | "complement" | "computable";

export interface DisclosureResult {
  readonly published: ReadonlySet<string>;
  /** In the order they were suppressed. */
  readonly suppressed: readonly { readonly id: string; readonly reason: SuppressionReason }[];
}

type System = "counts" | "values";

const bigGcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** Details before groups; then smallest first; ties: later display order first. */
const suppressionOrder = (a: DisclosureCell, b: DisclosureCell) =>
  (a.detail ? 0 : 1) - (b.detail ? 0 : 1) || a.members.length - b.members.length || b.order - a.order;

interface Built {
  readonly space: RowSpace;
  readonly atomSize: number[];
}

/** A set of respondents the figures are built from: everyone, or those who answered a pillar. */
type Scope = ReadonlySet<number> | null;

/** Atoms and integer rows of one system over the given cells, within a scope. */
function buildSystem(input: DisclosureInput, cells: readonly DisclosureCell[], system: System, scope: Scope): Built {
  const split = system === "values" && input.weighting === "role_group";
  const inScope = (r: number) => scope === null || scope.has(r);
  const membersOf = cells.map((c) => c.members.filter(inScope));
  const signature = new Map<number, string>();
  input.roleOf.forEach((role, r) => inScope(r) && signature.set(r, split ? `${role}|` : "|"));
  membersOf.forEach((members, ci) => {
    for (const r of members) signature.set(r, `${signature.get(r)}${ci},`);
  });
  const atomOf = new Map<string, number>();
  const atomOfRespondent = new Map<number, number>();
  for (const [r, s] of signature) {
    let a = atomOf.get(s);
    if (a === undefined) atomOf.set(s, (a = atomOf.size));
    atomOfRespondent.set(r, a);
  }
  const atomSize = Array.from({ length: atomOf.size }, () => 0);
  for (const a of atomOfRespondent.values()) atomSize[a]!++;
  const rows = cells.map((c, ci) => {
    const members = membersOf[ci]!;
    const row = Array.from({ length: atomOf.size }, () => 0n);
    const weighted = split && c.publishes === "mean";
    if (!weighted) {
      for (const r of members) row[atomOfRespondent.get(r)!] = 1n;
      return row;
    }
    // Mean of role-group means: a member weighs 1 / (groups × members of its group); scaled to integers.
    const perGroup = new Map<string, number>();
    for (const r of members) perGroup.set(input.roleOf[r]!, (perGroup.get(input.roleOf[r]!) ?? 0) + 1);
    const groups = BigInt(perGroup.size);
    let scale = 1n;
    for (const m of perGroup.values()) {
      const d = groups * BigInt(m);
      scale = (scale / bigGcd(scale, d)) * d;
    }
    for (const r of members) row[atomOfRespondent.get(r)!] = scale / (groups * BigInt(perGroup.get(input.roleOf[r]!)!));
    return row;
  });
  return { space: new RowSpace(rows, atomOf.size), atomSize };
}

/**
 * Everyone, then each distinct set of a pillar's respondents. A pillar answered by fewer than k
 * respondents in all is left out: its total figure is below k whatever the groups do (that is
 * the total's own minimum, not something suppressing groups can change).
 */
function scopesOf(input: DisclosureInput): Scope[] {
  const seen = new Set<string>([String(input.roleOf.length)]);
  const scopes: Scope[] = [null];
  for (const list of input.answered ?? []) {
    const key = [...list].sort((a, b) => a - b).join(",");
    if (list.length < input.k || list.length === input.roleOf.length || seen.has(key)) continue;
    seen.add(key);
    scopes.push(new Set(list));
  }
  return scopes;
}

/** The first computable small union of atoms over these cells, in any scope and system. */
function spanViolation(input: DisclosureInput, cells: readonly DisclosureCell[], scopes: readonly Scope[]) {
  const systems: System[] = input.weighting === "role_group" ? ["counts", "values"] : ["counts"];
  for (const scope of scopes) {
    for (const system of systems) {
      const built = buildSystem(input, cells, system, scope);
      const union = findSmallComputableUnion(built.space, built.atomSize, input.k);
      if (union !== null) return { system, scope, union, cells };
    }
  }
  return null;
}

/**
 * For a published cell leaving 1 … k−1 respondents inside a published cell that contains it: the
 * one to suppress. Inside a fixed cell (the total) the inner cell must go, so those come first;
 * otherwise the first of the two in suppression order.
 */
function complementViolation(cells: readonly DisclosureCell[], k: number): DisclosureCell | null {
  const sets = new Map(cells.map((c) => [c, new Set(c.members)]));
  const forced: DisclosureCell[] = [];
  const optional: DisclosureCell[] = [];
  for (const inner of cells) {
    for (const outer of cells) {
      const rest = outer.members.length - inner.members.length;
      if (outer === inner || inner.fixed || rest <= 0 || rest >= k) continue;
      const o = sets.get(outer)!;
      if (!inner.members.every((r) => o.has(r))) continue;
      if (outer.fixed) forced.push(inner);
      else optional.push([inner, outer].sort(suppressionOrder)[0]!);
    }
  }
  return forced.sort(suppressionOrder)[0] ?? optional.sort(suppressionOrder)[0] ?? null;
}

/** Which of the cells may be published together (see the module comment). */
export function disclosureControl(input: DisclosureInput): DisclosureResult {
  const suppressed: { id: string; reason: SuppressionReason }[] = [];
  const scopes = scopesOf(input);
  let published = input.cells.filter((c) => {
    if (c.fixed || c.members.length >= input.k) return true;
    suppressed.push({ id: c.id, reason: "below_k" });
    return false;
  });
  const drop = (cell: DisclosureCell, reason: SuppressionReason) => {
    published = published.filter((c) => c !== cell);
    suppressed.push({ id: cell.id, reason });
  };
  for (;;) {
    const inner = complementViolation(published, input.k);
    if (inner) {
      drop(inner, "complement");
      continue;
    }
    const found = spanViolation(input, published, scopes);
    if (!found) break;
    const candidates = published.filter((c) => !c.fixed).sort(suppressionOrder);
    const first = candidates[0];
    if (!first) throw new Error("disclosure: the fixed cells alone disclose a small set");
    const breaks =
      found.union === "too_many"
        ? undefined
        : candidates.find((c) => {
            const built = buildSystem(input, published.filter((x) => x !== c), found.system, found.scope);
            const union = findSmallComputableUnion(built.space, built.atomSize, input.k);
            return union === null;
          });
    drop(breaks ?? first, "computable");
  }
  return { published: new Set(published.map((c) => c.id)), suppressed };
}
