/**
 * What the attacker reads from a published client view: every cell with its respondents (mapped
 * from the labels a reader sees, the way the methodology defines them), then both linear
 * systems solved by the independent adversary, and every pair of comment lists diffed.
 */
import type { ScanResponse, Weighting } from "../types";
import { indicator, recoverableSmallSets, roleWeighted, type Q } from "./adversary";

/** What a reader of a report or page can see of one group: its label and n. */
export interface SeenGroup {
  readonly key: string | null;
  readonly n: number;
}

export interface SeenReport {
  readonly k: number;
  readonly weighting: Weighting;
  readonly totalN: number;
  readonly roleGroups: readonly SeenGroup[];
  readonly teams: readonly SeenGroup[];
  /** Answer counts published for the total. */
  readonly totalDistributions?: boolean;
  /** Management versus the rest published. */
  readonly perceptionGap?: boolean;
  /** Comment lists per cell label (any cell that publishes one). */
  readonly comments?: readonly { readonly label: string; readonly members: ReadonlySet<number>; readonly texts: readonly string[] }[];
}

export interface Finding {
  readonly system: "values" | "counts" | "comments";
  readonly respondents: readonly string[];
}

const teamOfResponse = (r: ScanResponse) => r.team?.trim() || null;

/** Per pillar (by the item key's prefix), the respondents with a level on at least one of its items. */
function pillarRespondents(responses: readonly ScanResponse[]): Set<number>[] {
  const byPillar = new Map<string, Set<number>>();
  responses.forEach((r, i) => {
    for (const [key, answer] of Object.entries(r.items)) {
      const pillar = key.split(".")[0]!;
      if (!byPillar.has(pillar)) byPillar.set(pillar, new Set());
      if (typeof answer === "number") byPillar.get(pillar)!.add(i);
    }
  });
  return [...byPillar.values()];
}

/** Members of a published group, as the methodology defines "Overig": everyone in no group of n ≥ k. */
function membersOf(responses: readonly ScanResponse[], key: string | null, keyOf: (r: ScanResponse) => string | null, k: number): Set<number> {
  const sizes = new Map<string, number>();
  for (const r of responses) {
    const g = keyOf(r);
    if (g !== null) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  }
  const out = new Set<number>();
  responses.forEach((r, i) => {
    const g = keyOf(r);
    const own = g !== null && (sizes.get(g) ?? 0) >= k ? g : null;
    if (own === key) out.add(i);
  });
  return out;
}

export function attack(report: SeenReport, responses: readonly ScanResponse[]): Finding[] {
  const dim = responses.length;
  const { k, weighting } = report;
  const role = (r: ScanResponse) => (r.roleGroup === "other" ? null : r.roleGroup);
  const all = new Set(responses.map((_, i) => i));
  const cells: { members: Set<number>; mean: boolean }[] = [{ members: all, mean: true }];
  const add = (groups: readonly SeenGroup[], keyOf: (r: ScanResponse) => string | null) => {
    for (const g of groups) {
      const members = membersOf(responses, g.key, keyOf, k);
      if (members.size !== g.n) throw new Error(`attack: group ${g.key} has n ${g.n}, the attacker maps ${members.size}`);
      cells.push({ members, mean: true });
    }
  };
  add(report.roleGroups, role);
  add(report.teams, teamOfResponse);
  if (report.totalDistributions) cells.push({ members: all, mean: false });
  if (report.perceptionGap) {
    cells.push({ members: new Set([...all].filter((i) => responses[i]!.roleGroup === "management")), mean: true });
    cells.push({ members: new Set([...all].filter((i) => responses[i]!.roleGroup !== "management")), mean: true });
  }
  const roleOf = (i: number) => responses[i]!.roleGroup;
  const values: Q[][] = cells.map((c) =>
    c.mean && weighting === "role_group" ? roleWeighted(c.members, roleOf, dim) : indicator(c.members, dim),
  );
  const counts: Q[][] = cells.map((c) => indicator(c.members, dim));
  const name = (set: readonly number[]) => set.map((i) => responses[i]!.respondentId);
  const findings: Finding[] = [
    ...recoverableSmallSets(values, dim, k).map((s) => ({ system: "values" as const, respondents: name(s) })),
    ...recoverableSmallSets(counts, dim, k).map((s) => ({ system: "counts" as const, respondents: name(s) })),
  ];
  // A cell's pillar figure comes only from those who answered the pillar: solve again within each
  // pillar's respondents (a pillar answered by fewer than k in all is the total's own minimum).
  for (const answered of pillarRespondents(responses)) {
    if (answered.size < k || answered.size === dim) continue;
    const within = cells.map((c) => ({ members: new Set([...c.members].filter((i) => answered.has(i))), mean: c.mean }));
    const v = within.map((c) => (c.mean && weighting === "role_group" ? roleWeighted(c.members, roleOf, dim) : indicator(c.members, dim)));
    const n = within.map((c) => indicator(c.members, dim));
    for (const s of [...recoverableSmallSets(v, dim, k), ...recoverableSmallSets(n, dim, k)]) findings.push({ system: "values", respondents: name(s) });
  }
  const lists = report.comments ?? [];
  for (const list of lists) {
    if (list.texts.length > 0 && list.members.size < Math.max(5, k)) findings.push({ system: "comments", respondents: name([...list.members]) });
  }
  for (const a of lists) {
    for (const b of lists) {
      if (a === b) continue;
      const rest = [...a.texts];
      for (const t of b.texts) {
        const at = rest.indexOf(t);
        if (at >= 0) rest.splice(at, 1);
      }
      const outside = [...a.members].filter((i) => !b.members.has(i));
      if (rest.length > 0 && rest.length < a.texts.length && outside.length < k) findings.push({ system: "comments", respondents: name(outside) });
    }
  }
  return findings;
}
