/**
 * Reference engagement, part 2: group comparison, client-safe view (k = 3, 5, 9) and roadmap.
 * Hand computations in the comments; part 1 (reference.test.ts) has the scores they build on.
 */
import { describe, expect, it } from "vitest";
import { analyseEngagement } from "./analyse";
import { clientSafeView } from "./client-safe";
import type { ClientSafeView } from "./client-safe";
import { draftRoadmap, roadmapInputFrom } from "./roadmap";
import { fixtureModel as model } from "./testing/fixture-model";
import { referenceInput } from "./testing/reference-engagement";

const P = 6; // toBeCloseTo digits
const analysis = analyseEngagement(model, referenceInput());

describe("reference engagement — group comparison", () => {
  it("sales pillar means", () => {
    const sales = analysis.groups.roleGroups.find((g) => g.roleGroup === "sales")!;
    // organisation: 2.5, 3, 4, 1.5, 3 → 14/5 = 2.8 (staged 2: only three items ≥ 3)
    expect(sales.scores.pillars.map((p) => p.mean)).toEqual([2.8, 2.8, 2.2, 3.2, 1.8].map((x) => expect.closeTo(x, P)));
    expect(sales.scores.pillars.map((p) => p.stagedLevel)).toEqual([2, 1, 2, 3, 2]);
    expect(analysis.groups.teams.map((t) => [t.team, t.n])).toEqual([["Noord", 4], ["Zuid", 3]]);
    expect(analysis.groups.withoutTeam).toBe(1);
  });
});

describe("reference engagement — client-safe view", () => {
  const view3 = clientSafeView(model, referenceInput({ k: 3 }));
  const view5 = clientSafeView(model, referenceInput({ k: 5 }));
  const ok = (v: ClientSafeView) => {
    if (v.status !== "ok") throw new Error("expected ok");
    return v;
  };

  it("k = 3: total figures equal the engagement scores", () => {
    const v = ok(view3);
    expect(v.total.n).toBe(8);
    expect(v.total.overall.mean).toBeCloseTo(2.68, P);
    expect(v.total.overall.honestLevel).toBe(1);
    expect(v.total.pillars.map((p) => p.stagedLevel)).toEqual([3, 1, 2, 3, 2]);
    expect(v.total.ambition.map((a) => a.priority)).toEqual([3, 28 / 15, 20 / 3, 0, 17 / 3].map((x) => expect.closeTo(x, P)));
  });
  it("k = 3: sales (4) shown, management (2) and customer service (2) merged into Overig (4)", () => {
    const v = ok(view3);
    expect(v.roleGroups.map((g) => [g.key, g.n, g.merged])).toEqual([
      ["sales", 4, false],
      [null, 4, true],
    ]);
    expect(v.hiddenRoleGroupRespondents).toBe(0);
    const sales = v.roleGroups[0]!;
    // see the group comparison above; overall (2.8+2.8+2.2+3.2+1.8)/5 = 2.56
    expect(sales.overall.mean).toBeCloseTo(2.56, P);
    // Overig = mean of the M and C means per item:
    // organisation 3.5, 3, 4, 2, 3 (C none) → 3.1; marketing 4, 4, 4, 1.5, 1 → 2.9;
    // coaching 2.5, 2.5, 2, 3, 2 → 2.4; leadership 3, 3, 4, 3, 4 → 3.4; accounts 2, 1.5, 2, 2, 2 → 1.9
    const other = v.roleGroups[1]!;
    expect(other.pillars.map((p) => p.mean)).toEqual([3.1, 2.9, 2.4, 3.4, 1.9].map((x) => expect.closeTo(x, P)));
    expect(other.pillars.map((p) => p.stagedLevel)).toEqual([3, 1, 2, 3, 2]);
    // (3.1+2.9+2.4+3.4+1.9)/5 = 13.7/5 = 2.74
    expect(other.overall.mean).toBeCloseTo(2.74, P);
    // groups of 4 < 5: no distributions, no comments
    expect(sales.distributions).toBeNull();
    expect(other.comments).toBeNull();
    // management is not shown on its own → no perception gap for the client
    expect(v.total.perceptionGap).toBeNull();
  });
  it("k = 3: teams — Zuid (3) is hidden too because the no-team remainder is 1", () => {
    const v = ok(view3);
    // Noord 4 ≥ 3, Zuid 3 ≥ 3, no team: M2 (1) < 3 → hidden; 8 − 4 − 3 = 1 would reveal it,
    // so the smallest shown team (Zuid, 3) is hidden too → hidden 1 + 3 = 4
    expect(v.teams.map((t) => [t.key, t.n])).toEqual([["Noord", 4]]);
    expect(v.hiddenTeamRespondents).toBe(4);
    // Noord organisation: commercial_plan (M1 4, S 3, C1 3) 10/3; structure (4, 3, 2) 3;
    // kpis (5, 4, 4) 13/3; crm (2, 2, 3) 7/3; forecasting (3, 3, C1 d) 3 → 16/5 = 3.2
    expect(v.teams[0]?.pillars[0]?.mean).toBeCloseTo(3.2, P);
  });
  it("k = 3: total distributions and comments (8 ≥ 5)", () => {
    // Under role-group weighting the answer counts would, within a pillar some respondents left
    // empty, pin down a small role group beside the group means: withheld (disclosure check).
    expect(ok(view3).total.distributions).toBeNull();
    const v = ok(clientSafeView(model, referenceInput({ k: 3, weighting: "respondent" })));
    const o1 = v.total.distributions?.find((d) => d.key === "organisation.commercial_plan");
    // 4,4 | 3,3,2,2 | 3,d
    expect(o1).toMatchObject({ levels: { 1: 0, 2: 2, 3: 3, 4: 2, 5: 0 }, dontKnow: 1, notApplicable: 0 });
    expect(v.total.comments?.[0]?.texts).toEqual(["CRM wordt niet gebruikt", "Plan is er, uitvoering niet"]);
    expect(v.total.consensus).not.toBeNull();
    expect(v.total.kpis.coverage[1]?.coverage).toBeCloseTo(0.4, P);
  });
  it("k = 5: no group reaches 5 → no role groups or teams, total still shown", () => {
    const v = ok(view5);
    expect(v.total.n).toBe(8);
    expect(v.total.overall.mean).toBeCloseTo(2.68, P);
    expect(v.roleGroups).toEqual([]);
    expect(v.teams).toEqual([]);
    expect(v.hiddenRoleGroupRespondents).toBe(8);
    expect(v.distributionMinimum).toBe(5);
    // Answer counts of all 8 beside the mean of role-group means would pin the small role groups
    // down (disclosure check): withheld under role-group weighting.
    expect(v.total.distributions).toBeNull();
    expect(v.total.comments).not.toBeNull();
  });
  it("k = 9: nothing but the too-few marker", () => {
    expect(clientSafeView(model, referenceInput({ k: 9 }))).toEqual({ status: "too_few_responses", modelVersion: "2026.1", k: 9 });
  });
  it("never contains respondent ids", () => {
    for (const v of [view3, view5]) {
      expect(JSON.stringify(v)).not.toMatch(/resp-/);
    }
  });
});

describe("reference engagement — roadmap draft", () => {
  const roadmap = draftRoadmap(model, roadmapInputFrom(analysis.scores, analysis.ambition, analysis.kpis));
  it("targets and steps per pillar", () => {
    const p = (key: string) => roadmap.pillars.find((x) => x.pillar === key)!;
    // organisation 3 → round(4) = 4; marketing 1 → round(10/3) = 3; coaching 2 → 4;
    // leadership 3 → 3 (no steps); accounts 2 → 3
    expect(roadmap.pillars.map((x) => [x.pillar, x.current, x.target])).toEqual([
      ["organisation", 3, 4],
      ["marketing", 1, 3],
      ["coaching", 2, 4],
      ["leadership", 3, 3],
      ["accounts", 2, 3],
    ]);
    expect(p("leadership").steps).toEqual([]);
    // order: marketing (level 1); coaching (2, priority 6.67); accounts (2, 5.67); organisation (3)
    expect(roadmap.pillars.map((x) => x.rank)).toEqual([3, 0, 1, null, 2]);
  });
  it("phases, actions and KPIs", () => {
    expect(roadmap.steps.map((s) => [s.pillar, s.fromLevel, s.phase])).toEqual([
      ["marketing", 1, "0-3"],
      ["coaching", 2, "0-3"],
      ["marketing", 2, "3-6"],
      ["coaching", 3, "3-6"],
      ["accounts", 2, "3-6"],
      ["organisation", 3, "3-6"],
    ]);
    const first = roadmap.steps[0]!;
    expect(first.actionKeys).toEqual(["marketing_1_1", "marketing_1_2"]);
    // marketing KPI of level 2 = k2_2 (not tracked)
    expect(first.kpiKeys).toEqual(["k2_2"]);
    // coaching 2→3: k3_3 is tracked → none; accounts 2→3: k3_5 not tracked
    expect(roadmap.steps[1]?.kpiKeys).toEqual([]);
    expect(roadmap.steps[4]?.kpiKeys).toEqual(["k3_5"]);
  });
});
