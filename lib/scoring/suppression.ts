/**
 * Candidate groups of one dimension (role group or team) for the client-safe view. Which of them
 * are published is decided for all dimensions together by the disclosure check (disclosure.ts).
 */
/** A candidate group: its members and a display order. `key` null = the merged "other" group. */
export interface GroupUnit<T> {
  readonly key: string | null;
  readonly order: number;
  readonly members: readonly T[];
}

/**
 * The candidate groups of one dimension.
 *
 * 1. Groups with ≥ k members are candidates on their own.
 * 2. Everyone else — members of groups below k, plus everyone whose `keyOf` is null (the role
 *    group "other", or respondents without a team) — is merged into one "other" group
 *    ("Overig"), a candidate when it has ≥ k members.
 * 3. When no named group reaches k there are no candidates at all: the merged group would equal
 *    the total, which is shown already.
 */
export function groupCandidates<T>(
  responses: readonly T[],
  keyOf: (r: T) => string | null,
  orderOf: readonly string[],
  k: number,
): GroupUnit<T>[] {
  const byKey = new Map<string, T[]>();
  const merged: T[] = [];
  for (const r of responses) {
    const key = keyOf(r);
    if (key === null) merged.push(r);
    else byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const candidates: GroupUnit<T>[] = [];
  for (const [key, members] of byKey) {
    if (members.length >= k) candidates.push({ key, order: orderOf.indexOf(key), members });
    else merged.push(...members);
  }
  if (candidates.length === 0) return [];
  if (merged.length >= k) candidates.push({ key: null, order: orderOf.length, members: merged });
  return candidates.sort((a, b) => a.order - b.order);
}
