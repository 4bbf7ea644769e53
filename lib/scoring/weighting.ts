/**
 * The engagement's weighting, in one place: every figure that averages respondents (item
 * scores, desired level, importance) uses it, so figures that are compared with each other —
 * the ambition gap is desired − current — never mix two weightings.
 */
import type { RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import { mean } from "./stats";
import type { Weighting } from "./types";

export interface GroupMean {
  readonly roleGroup: RoleGroup;
  readonly mean: number;
  /** Values (levels 1–5) in this group. */
  readonly n: number;
}

export interface WeightedMean {
  /** `null` when there is no value. */
  readonly mean: number | null;
  /** Number of values. */
  readonly n: number;
  /** Mean per role group that has a value, in the fixed role-group order. */
  readonly byRoleGroup: readonly GroupMean[];
}

/**
 * - role-group weighting: mean of the role-group means (groups without a value excluded), so
 *   twelve reps do not drown two managers;
 * - respondent weighting: plain mean of all values.
 */
export function weightedMean(values: readonly { readonly roleGroup: RoleGroup; readonly value: number }[], weighting: Weighting): WeightedMean {
  const byGroup = new Map<RoleGroup, number[]>();
  for (const { roleGroup, value } of values) {
    const list = byGroup.get(roleGroup) ?? [];
    list.push(value);
    byGroup.set(roleGroup, list);
  }
  const byRoleGroup: GroupMean[] = [];
  for (const g of ROLE_GROUPS) {
    const list = byGroup.get(g);
    const m = list ? mean(list) : null;
    if (list && m !== null) byRoleGroup.push({ roleGroup: g, mean: m, n: list.length });
  }
  const all = values.map((v) => v.value);
  const m = weighting === "role_group" ? mean(byRoleGroup.map((g) => g.mean)) : mean(all);
  return { mean: m, n: all.length, byRoleGroup };
}
