/**
 * The candidate cells of an engagement for the disclosure check: the total, the role groups and
 * teams (with their merged "Overig" groups), management versus the rest, and the total's answer
 * counts. Only membership is read (role group, team), so a stored report can be re-checked
 * without any answer.
 */
import type { MaturityModel, RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import type { DisclosureCell } from "./disclosure";
import { teamNames, teamOf } from "./groups";
import type { GroupUnit } from "./suppression";
import { groupCandidates } from "./suppression";

export interface Membership {
  readonly roleGroup: RoleGroup;
  readonly team?: string | null;
  /** Item keys answered with a level (only the keys): which pillars this respondent's figures reach. */
  readonly answeredItems?: readonly string[];
}

/** Per pillar, the respondents (indices) with a level on at least one of its items. */
export function pillarRespondents(model: MaturityModel, answeredItems: readonly (readonly string[])[]): number[][] {
  return model.pillars.map((p) => {
    const keys = new Set<string>(p.items.map((i) => i.key));
    return answeredItems.flatMap((items, i) => (items.some((key) => keys.has(key)) ? [i] : []));
  });
}

export const TOTAL_CELL = "total";
export const DISTRIBUTIONS_CELL = "total:counts";
export const REST_CELL = "rest";

/** Cell id of a role group or team; `null` = the merged "Overig". Team names cannot collide with it. */
export const roleCell = (key: string | null) => (key === null ? "role:*" : `role:=${key}`);
export const teamCell = (key: string | null) => (key === null ? "team:*" : `team:=${key}`);

export interface Candidates<T> {
  readonly cells: readonly DisclosureCell[];
  readonly roleGroups: readonly GroupUnit<T>[];
  readonly teams: readonly GroupUnit<T>[];
}

/**
 * Every cell the client view could publish. `distributionMinimum` = max(5, k): below it the
 * total's answer counts are not even a candidate.
 */
export function candidateCells<T extends Membership>(people: readonly T[], k: number, distributionMinimum: number): Candidates<T> {
  const index = new Map(people.map((p, i) => [p, i]));
  const indices = (members: readonly T[]) => members.map((m) => index.get(m)!);
  const roleGroups = groupCandidates(people, (p) => (p.roleGroup === "other" ? null : p.roleGroup), ROLE_GROUPS, k);
  const teams = groupCandidates(people, teamOf, teamNames(people), k);
  const everyone = people.map((_, i) => i);
  const cells: DisclosureCell[] = [
    { id: TOTAL_CELL, members: everyone, publishes: "mean", fixed: true, order: 0 },
    ...roleGroups.map((u) => ({ id: roleCell(u.key), members: indices(u.members), publishes: "mean" as const, order: 100 + u.order })),
    ...teams.map((u) => ({ id: teamCell(u.key), members: indices(u.members), publishes: "mean" as const, order: 10_000 + u.order })),
  ];
  if (people.length >= distributionMinimum) cells.push({ id: DISTRIBUTIONS_CELL, members: everyone, publishes: "count", detail: true, order: 1 });
  const rest = everyone.filter((i) => people[i]!.roleGroup !== "management");
  if (roleGroups.some((u) => u.key === "management") && rest.length >= k) {
    cells.push({ id: REST_CELL, members: rest, publishes: "mean", detail: true, order: 100_000 });
  }
  return { cells, roleGroups, teams };
}
