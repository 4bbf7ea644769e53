/**
 * Small-group suppression shared by the client-safe view (role groups and teams, figures and
 * distributions).
 */
import type { ScanResponse } from "./types";

/** A candidate group: its members and a display order. `key` null = the merged "other" group. */
export interface GroupUnit {
  readonly key: string | null;
  readonly order: number;
  readonly members: readonly ScanResponse[];
}

export interface SuppressionResult {
  readonly shown: readonly GroupUnit[];
  /** Respondents not in any shown group (= total − sum of the shown groups' n). */
  readonly hiddenRespondents: number;
}

/**
 * Keeps the candidates with at least `threshold` members. Then complementary suppression:
 * while the respondents outside the shown groups are more than 0 but fewer than `threshold`
 * (so "total minus the shown groups" would reveal a small group), hide the smallest shown
 * group too (ties: the one later in display order). Afterwards the hidden respondents number
 * either 0 or at least `threshold`.
 */
export function suppressSmallGroups(
  candidates: readonly GroupUnit[],
  total: number,
  threshold: number,
): SuppressionResult {
  let shown = candidates.filter((u) => u.members.length >= threshold).sort((a, b) => a.order - b.order);
  const hiddenOf = (list: readonly GroupUnit[]) => total - list.reduce((s, u) => s + u.members.length, 0);
  let hidden = hiddenOf(shown);
  while (hidden > 0 && hidden < threshold && shown.length > 0) {
    let smallest = shown[0] as GroupUnit;
    for (const u of shown) {
      if (u.members.length < smallest.members.length || (u.members.length === smallest.members.length && u.order > smallest.order)) {
        smallest = u;
      }
    }
    shown = shown.filter((u) => u !== smallest);
    hidden = hiddenOf(shown);
  }
  return { shown, hiddenRespondents: hidden };
}

/**
 * Builds the candidate groups for one dimension (role group or team) and suppresses them.
 *
 * 1. Groups with ≥ k members are candidates on their own.
 * 2. Everyone else — members of groups below k, plus everyone whose `keyOf` is null (the role
 *    group "other", or respondents without a team) — is merged into one "other" group
 *    ("Overig"), which is a candidate when it has ≥ k members.
 * 3. When no named group reaches k, no group is shown at all: the merged group would equal the
 *    total, which is shown already.
 * 4. Complementary suppression (see {@link suppressSmallGroups}).
 */
export function buildGroups(
  responses: readonly ScanResponse[],
  keyOf: (r: ScanResponse) => string | null,
  orderOf: readonly string[],
  k: number,
): SuppressionResult {
  const byKey = new Map<string, ScanResponse[]>();
  const merged: ScanResponse[] = [];
  for (const r of responses) {
    const key = keyOf(r);
    if (key === null) merged.push(r);
    else byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const candidates: GroupUnit[] = [];
  for (const [key, members] of byKey) {
    if (members.length >= k) candidates.push({ key, order: orderOf.indexOf(key), members });
    else merged.push(...members);
  }
  if (candidates.length === 0) return { shown: [], hiddenRespondents: responses.length };
  candidates.push({ key: null, order: orderOf.length, members: merged });
  return suppressSmallGroups(candidates, responses.length, k);
}
