/**
 * The disclosure rule against an independent attacker (testing/adversary.ts): the scenario of
 * issue #12, and random engagements (fast-check).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import { clientSafeView, type ClientSafeView } from "./client-safe";
import { attack, type SeenReport } from "./testing/attack";
import { fixtureModel as model, itemsFrom, simpleResponse } from "./testing/fixture-model";
import { DIRECTOR_COMMENT, issue12Responses } from "./testing/issue-12";
import type { ScanResponse, Weighting } from "./types";

type OkView = Extract<ClientSafeView, { status: "ok" }>;

/** Everything the live client view publishes, as the attacker reads it. */
export function seenInView(view: OkView, responses: readonly ScanResponse[]): SeenReport {
  const all = new Set(responses.map((_, i) => i));
  return {
    k: view.k,
    weighting: view.weighting,
    totalN: view.total.n,
    roleGroups: view.roleGroups,
    teams: view.teams,
    totalDistributions: view.total.distributions !== null,
    perceptionGap: view.total.perceptionGap !== null,
    comments: [
      ...(view.total.comments ?? []).map((c) => ({ label: `total ${c.pillar}`, members: all, texts: c.texts })),
      ...[...view.roleGroups, ...view.teams].flatMap((g) =>
        (g.comments ?? []).map((c) => ({
          label: `${g.key} ${c.pillar}`,
          members: new Set(responses.flatMap((r, i) => (r.roleGroup === g.key || r.team === g.key ? [i] : []))),
          texts: c.texts,
        })),
      ),
    ],
  };
}

const view = (responses: ScanResponse[], k: number, weighting: Weighting) => {
  const v = clientSafeView(model, { modelVersion: "2026.1", responses, settings: { k, weighting } });
  if (v.status !== "ok") throw new Error("expected ok");
  return v;
};

describe("issue #12: the director cannot be recovered", () => {
  it("publishes nothing from which a set of fewer than 3 respondents follows", () => {
    const responses = issue12Responses();
    for (const weighting of ["role_group", "respondent"] as const) {
      const v = view(responses, 3, weighting);
      expect(attack(seenInView(v, responses), responses), weighting).toEqual([]);
      // The comment list exists once (the total, 12 respondents), never beside a sub-group's.
      const lists = [v.total, ...v.roleGroups, ...v.teams].filter((c) => c.comments !== null);
      expect(lists).toEqual([v.total]);
      expect(v.total.comments?.find((c) => c.pillar === "organisation")?.texts).toContain(DIRECTOR_COMMENT);
    }
  });
});

/**
 * Engagements of 1–60 respondents over a few role groups and teams each. Teams often follow the
 * role groups (a sales team, a marketing team), the layouts where tables overlap and subtraction
 * across them works.
 */
const engagement = fc
  .record({
    roles: fc.subarray([...ROLE_GROUPS], { minLength: 1, maxLength: 4 }),
    teams: fc.subarray(["Noord", "Zuid", "Oost", "Mkt", null], { minLength: 1, maxLength: 4 }),
    people: fc.array(
      fc.record({
        role: fc.nat(),
        team: fc.nat(),
        followsRole: fc.boolean(),
        level: fc.constantFrom("1", "2", "3", "4", "5"),
        comment: fc.boolean(),
        // Pillars answered only with "don't know" (bit per pillar), now and then.
        skipped: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 31 }) }),
      }),
      { minLength: 1, maxLength: 60 },
    ),
    k: fc.integer({ min: 3, max: 5 }),
    weighting: fc.constantFrom<Weighting>("role_group", "respondent"),
  })
  .map(({ roles, teams, people, k, weighting }) => ({
    k,
    weighting,
    people: people.map((p) => ({
      roleGroup: roles[p.role % roles.length]!,
      team: teams[(p.followsRole ? p.role : p.team) % teams.length]!,
      level: p.level,
      comment: p.comment,
      skipped: p.skipped,
    })),
  }));

export function generatedResponses(
  people: readonly { roleGroup: RoleGroup; team: string | null; level: string; comment: boolean; skipped?: number }[],
): ScanResponse[] {
  return people.map((p, i) =>
    simpleResponse(`r${i}`, p.roleGroup, itemsFrom(...Array.from({ length: 5 }, (_, pillar) => ((p.skipped ?? 0) & (1 << pillar) ? "ddddd" : p.level.repeat(5)))), {
      team: p.team,
      comments: p.comment ? { organisation: `opmerking ${i}` } : undefined,
    }),
  );
}

/** Number of generated engagements the property below runs (reported in the issue). */
export const PROPERTY_RUNS = 1000;

describe("random engagements against the attacker", () => {
  it(`no set of fewer than k respondents follows from the published cells (${PROPERTY_RUNS} engagements)`, () => {
    let ran = 0;
    let bothDimensions = 0;
    fc.assert(
      fc.property(engagement, ({ people, k, weighting }) => {
        ran++;
        const responses = generatedResponses(people);
        const v = clientSafeView(model, { modelVersion: "2026.1", responses, settings: { k, weighting } });
        if (v.status !== "ok") return;
        if (v.roleGroups.length > 0 && v.teams.length > 0) bothDimensions++;
        expect(attack(seenInView(v, responses), responses)).toEqual([]);
      }),
      { numRuns: PROPERTY_RUNS },
    );
    expect(ran).toBe(PROPERTY_RUNS);
    // Not vacuous: a good share of the engagements publish role groups and teams side by side.
    expect(bothDimensions).toBeGreaterThan(PROPERTY_RUNS / 10);
  });
});
