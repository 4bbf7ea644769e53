/**
 * Reference engagement (testing/reference-engagement.ts): every expected figure below is
 * computed by hand, with the arithmetic in the comment. Role-group weighting unless stated.
 * Part 2 (reference-views.test.ts): group comparison, client-safe view and roadmap.
 * Groups: M = management (M1, M2), S = sales (S1–S4), C = customer service (C1, C2).
 */
import { describe, expect, it } from "vitest";
import { analyseEngagement } from "./analyse";
import { respondentPillarScores } from "./respondent";
import { scoreEngagement } from "./engagement";
import { fixtureModel as model } from "./testing/fixture-model";
import { referenceInput, referenceResponses } from "./testing/reference-engagement";

const P = 6; // toBeCloseTo digits
const analysis = analyseEngagement(model, referenceInput());
const pillar = (key: string) => {
  const p = analysis.scores.pillars.find((x) => x.pillar === key);
  if (!p) throw new Error(key);
  return p;
};
const item = (key: string) => {
  const i = analysis.scores.pillars.flatMap((p) => p.items).find((x) => x.key === key);
  if (!i) throw new Error(key);
  return i;
};

describe("reference engagement — item scores (organisation, every item)", () => {
  it("organisation.commercial_plan = 3.1666…", () => {
    // M: (4+4)/2 = 4; S: (3+3+2+2)/4 = 2.5; C: 3 (C2 don't know) → (4 + 2.5 + 3)/3 = 9.5/3
    expect(item("organisation.commercial_plan").score).toBeCloseTo(9.5 / 3, P);
    expect(item("organisation.commercial_plan").n).toBe(7);
  });
  it("organisation.structure = 3", () => {
    // M 4, S (3·4)/4 = 3, C (2+2)/2 = 2 → (4+3+2)/3 = 3
    expect(item("organisation.structure").score).toBeCloseTo(3, P);
  });
  it("organisation.kpis_activities = 4", () => {
    // M (5+3)/2 = 4, S 4, C 4 → 4
    expect(item("organisation.kpis_activities").score).toBeCloseTo(4, P);
  });
  it("organisation.crm = 1.8333…", () => {
    // M (2+2)/2 = 2, S (2+2+1+1)/4 = 1.5, C (3+1)/2 = 2 → 5.5/3
    expect(item("organisation.crm").score).toBeCloseTo(5.5 / 3, P);
  });
  it("organisation.forecasting = 3 (C has no answer, so two groups)", () => {
    // M 3, S (3+3)/2 = 3 (S3 n/a, S4 d), C none (d, d) → (3+3)/2 = 3
    expect(item("organisation.forecasting").score).toBeCloseTo(3, P);
    expect(item("organisation.forecasting").n).toBe(4);
  });
  it("with respondent weighting the plain means differ", () => {
    const plain = scoreEngagement(model, referenceInput({ weighting: "respondent" }));
    const o = plain.pillars[0];
    // commercial_plan: (4+4+3+3+2+2+3)/7 = 21/7 = 3; crm: (2+2+2+2+1+1+3+1)/8 = 14/8 = 1.75
    expect(o?.items[0]?.score).toBeCloseTo(3, P);
    expect(o?.items[3]?.score).toBeCloseTo(1.75, P);
  });
  it("other pillars: a few items", () => {
    // marketing.campaigns: M 2, S 1, C 1 → 4/3
    expect(item("marketing.campaigns").score).toBeCloseTo(4 / 3, P);
    // coaching.coaching_practice: M 3, S 2, C 2 → 7/3
    expect(item("coaching.coaching_practice").score).toBeCloseTo(7 / 3, P);
    // leadership.external_network: M 5, S 3, C 3 → 11/3
    expect(item("leadership.external_network").score).toBeCloseTo(11 / 3, P);
    // accounts.dmu_coverage: M 2, S 1, C 1 (C1 only; C2 empty) → 4/3
    expect(item("accounts.dmu_coverage").score).toBeCloseTo(4 / 3, P);
  });
});

describe("reference engagement — pillar means, staged levels, overall", () => {
  it("pillar means", () => {
    // organisation: (9.5/3 + 3 + 4 + 5.5/3 + 3)/5 = (5 + 10)/5 = 3
    expect(pillar("organisation").mean).toBeCloseTo(3, P);
    // marketing: items 4, 4, 4, 4/3, 1 → (12 + 4/3 + 1)/5 = (43/3)/5 = 43/15 = 2.866667
    expect(pillar("marketing").mean).toBeCloseTo(43 / 15, P);
    // coaching: items 7/3, 7/3, 2, 3, 2 (c5: M 2, S 2, C none) → (14/3 + 7)/5 = 7/3 = 2.333333
    expect(pillar("coaching").mean).toBeCloseTo(7 / 3, P);
    // leadership: items 3, 3, 4, 3, 11/3 → (13 + 11/3)/5 = 10/3 = 3.333333
    expect(pillar("leadership").mean).toBeCloseTo(10 / 3, P);
    // accounts: items 2, 4/3, 2, 2, 2 (a5: (3+2+1)/3) → (28/3)/5 = 28/15 = 1.866667
    expect(pillar("accounts").mean).toBeCloseTo(28 / 15, P);
  });
  it("staged levels and unbalanced flags", () => {
    // organisation: ≥3: 3.17, 3, 4, 3 = 4 of 5 → 3; ≥4: only 4 → not 4
    expect(pillar("organisation").stagedLevel).toBe(3);
    // marketing: ≥2: 4, 4, 4 = 3 of 5 < 4 → 1; mean − staged = 2.87 − 1 ≥ 1 → unbalanced
    expect(pillar("marketing").stagedLevel).toBe(1);
    expect(pillar("marketing").unbalanced).toBe(true);
    // coaching: ≥2: all 5; ≥3: only c4 → 2
    expect(pillar("coaching").stagedLevel).toBe(2);
    // leadership: ≥3: all 5; ≥4: 4 only (3.67 < 4) → 3
    expect(pillar("leadership").stagedLevel).toBe(3);
    // accounts: ≥2: 2, 2, 2, 2 = 4 of 5 (4/3 below) → 2
    expect(pillar("accounts").stagedLevel).toBe(2);
    for (const key of ["organisation", "coaching", "leadership", "accounts"]) {
      expect(pillar(key).unbalanced).toBe(false);
    }
  });
  it("overall mean and honest level", () => {
    // (3 + 43/15 + 7/3 + 10/3 + 28/15)/5 = ((45 + 43 + 35 + 50 + 28)/15)/5 = 201/75 = 2.68
    expect(analysis.scores.overall.mean).toBeCloseTo(2.68, P);
    // lowest staged level: marketing 1
    expect(analysis.scores.overall.honestLevel).toBe(1);
    expect(analysis.scores.overall.complete).toBe(true);
  });
});

describe("reference engagement — respondents", () => {
  it("pillar scores, including the insufficient one", () => {
    const c2 = respondentPillarScores(model, referenceResponses[7]!);
    // organisation d,2,4,1,d → 3 answered (exactly enough): (2+4+1)/3 = 7/3
    expect(c2[0]?.score).toBeCloseTo(7 / 3, P);
    expect(c2[0]?.status).toBe("ok");
    // accounts left empty → insufficient, no score
    expect(c2[4]).toMatchObject({ score: null, status: "insufficient", answered: 0, unanswered: 5 });
    const s3 = respondentPillarScores(model, referenceResponses[4]!);
    // organisation 2,3,4,1,n → (2+3+4+1)/4 = 2.5, one not applicable
    expect(s3[0]).toMatchObject({ score: 2.5, answered: 4, notApplicable: 1 });
  });
});

describe("reference engagement — consensus", () => {
  const c = (key: string) => analysis.consensus.items.find((x) => x.key === key)!;
  it("organisation.commercial_plan: r_wg 0.666667 → discuss", () => {
    // answers 4,4,3,3,2,2,3 (n = 7), mean 3, squares 1+1+0+0+1+1+0 = 4, s² = 4/6
    // r_wg = 1 − (4/6)/2 = 2/3; SD = √(2/3) = 0.816497
    expect(c("organisation.commercial_plan").rwg).toBeCloseTo(2 / 3, P);
    expect(c("organisation.commercial_plan").sd).toBeCloseTo(Math.sqrt(2 / 3), P);
    expect(c("organisation.commercial_plan").range).toEqual({ min: 2, max: 4 });
    expect(c("organisation.commercial_plan").discuss).toBe(true);
  });
  it("organisation.structure: r_wg 0.714286 → no discussion", () => {
    // 4,4,3,3,3,3,2,2: mean 3, squares 4 → s² = 4/7, r_wg = 1 − 2/7 = 5/7
    expect(c("organisation.structure").rwg).toBeCloseTo(5 / 7, P);
    expect(c("organisation.structure").discuss).toBe(false);
  });
  it("organisation.forecasting: full agreement among the 4 answers", () => {
    // 3,3,3,3 → s² = 0, r_wg = 1
    expect(c("organisation.forecasting")).toMatchObject({ n: 4, sd: 0, rwg: 1, discuss: false });
  });
  it("leadership.external_network: r_wg 0.571429", () => {
    // 5,5,3,3,3,3,3,3: mean 3.5, squares 2·2.25 + 6·0.25 = 6, s² = 6/7, r_wg = 1 − 3/7 = 4/7
    expect(c("leadership.external_network").rwg).toBeCloseTo(4 / 7, P);
    expect(c("leadership.external_network").discuss).toBe(true);
  });
  it("marketing.campaigns: r_wg 0.892857", () => {
    // 2,2,1,1,1,1,1,1: mean 1.25, squares 2·0.5625 + 6·0.0625 = 1.5, s² = 1.5/7, r_wg = 1 − 0.75/7
    expect(c("marketing.campaigns").rwg).toBeCloseTo(1 - 0.75 / 7, P);
  });
  it("leadership pillar consensus over respondent pillar scores", () => {
    // M: (3+3+4+3+5)/5 = 3.6 (×2); others (3+3+4+3+3)/5 = 3.2 (×6); mean 3.3
    // squares 2·0.09 + 6·0.01 = 0.24, s² = 0.24/7, r_wg = 1 − 0.12/7 = 0.982857
    const lp = analysis.consensus.pillars.find((x) => x.pillar === "leadership")!;
    expect(lp.rwg).toBeCloseTo(1 - 0.12 / 7, P);
    expect(lp.n).toBe(8);
    // accounts: C2 is insufficient and left out
    expect(analysis.consensus.pillars.find((x) => x.pillar === "accounts")).toMatchObject({ n: 7, insufficientRespondents: 1 });
  });
});

describe("reference engagement — don't know / not applicable", () => {
  it("per item and per role group", () => {
    const o5 = analysis.signals.items.find((x) => x.key === "organisation.forecasting")!;
    // 8 asked; d: S4, C1, C2 = 3 → 3/8; n/a: S3 = 1 → 1/8
    expect(o5.dontKnowRate).toBeCloseTo(0.375, P);
    expect(o5.notApplicableRate).toBeCloseTo(0.125, P);
    expect(o5.byRoleGroup.find((g) => g.roleGroup === "customer_service")?.dontKnowRate).toBe(1);
    const cs = analysis.signals.roleGroups.find((g) => g.roleGroup === "customer_service")!;
    // asked 2 × 25 = 50; d: C1 (o5, c5) + C2 (o1, o5, m1, c5) = 6 → 0.12; C2's 5 accounts empty
    expect(cs).toMatchObject({ asked: 50, dontKnow: 6, notApplicable: 0, unanswered: 5 });
    expect(cs.dontKnowRate).toBeCloseTo(0.12, P);
  });
});

describe("reference engagement — perception gap (management − rest)", () => {
  const pg = analysis.perceptionGap;
  it("pillars", () => {
    // organisation: M items 4,4,4,2,3 → 3.4; rest (S,C): 2.75, 2.5, 4, 1.75, 3 → 14/5 = 2.8; gap 0.6
    const o = pg.pillars.find((x) => x.pillar === "organisation")!;
    expect(o.management).toBeCloseTo(3.4, P);
    expect(o.rest).toBeCloseTo(2.8, P);
    expect(o.gap).toBeCloseTo(0.6, P);
    expect(o.flagged).toBe(false);
    // leadership: M 3.6, rest 3.2 → 0.4
    expect(pg.pillars.find((x) => x.pillar === "leadership")?.gap).toBeCloseTo(0.4, P);
  });
  it("items, flagged at ≥ 1.0", () => {
    const it_ = (key: string) => pg.items.find((x) => x.key === key)!;
    // structure: 4 − (3+2)/2 = 1.5 → flagged; campaigns: 2 − (1+1)/2 = 1.0 → flagged (boundary)
    expect(it_("organisation.structure").gap).toBeCloseTo(1.5, P);
    expect(it_("organisation.structure").flagged).toBe(true);
    expect(it_("marketing.campaigns").gap).toBeCloseTo(1, P);
    expect(it_("marketing.campaigns").flagged).toBe(true);
    // crm: 2 − (1.5+2)/2 = 0.25 → not flagged
    expect(it_("organisation.crm").flagged).toBe(false);
  });
});

describe("reference engagement — ambition gaps and priorities", () => {
  const a = (key: string) => analysis.ambition.find((x) => x.pillar === key)!;
  it("organisation: desired 4, gap 1, priority 3", () => {
    // desired all 4; importance all 3; gap 4 − 3 = 1; priority 1 × 3 = 3
    expect(a("organisation")).toMatchObject({ desiredN: 8, importanceN: 8 });
    expect(a("organisation").gap).toBeCloseTo(1, P);
    expect(a("organisation").priority).toBeCloseTo(3, P);
  });
  it("marketing: desired 3.333333 (role-group weighting), gap 0.466667, priority 1.866667", () => {
    // desired per role group: management 4, sales 3, customer service 3 → (4 + 3 + 3)/3 = 10/3
    // (by respondent it would be 26/8 = 3.25); gap 10/3 − 43/15 = 7/15;
    // importance 4 in every group → 7/15 × 4 = 28/15
    expect(a("marketing").desired).toBeCloseTo(10 / 3, P);
    expect(a("marketing").importance).toBeCloseTo(4, P);
    expect(a("marketing").gap).toBeCloseTo(7 / 15, P);
    expect(a("marketing").priority).toBeCloseTo(28 / 15, P);
  });
  it("coaching: gap 1.666667 × importance 4 = 6.666667", () => {
    // desired 4 (7 answers, C2 none); importance per role group 5, 4, (3+3)/2 = 3 → 4; gap 4 − 7/3 = 5/3
    expect(a("coaching").desiredN).toBe(7);
    expect(a("coaching").importance).toBeCloseTo(4, P);
    expect(a("coaching").gap).toBeCloseTo(5 / 3, P);
    expect(a("coaching").priority).toBeCloseTo(20 / 3, P);
  });
  it("leadership: negative gap → priority 0", () => {
    // desired 3 − 10/3 = −1/3 → priority 0, flagged negativeGap
    expect(a("leadership").gap).toBeCloseTo(-1 / 3, P);
    expect(a("leadership").priority).toBe(0);
    expect(a("leadership").negativeGap).toBe(true);
  });
  it("accounts: gap 1.133333 × 5 = 5.666667", () => {
    // desired 3 (7), importance 5 (7); gap 3 − 28/15 = 17/15; priority 17/3
    expect(a("accounts").gap).toBeCloseTo(17 / 15, P);
    expect(a("accounts").priority).toBeCloseTo(17 / 3, P);
  });
});

describe("reference engagement — KPI evidence", () => {
  const kpi = analysis.kpis;
  it("tracked: strict majority of yes/no", () => {
    const t = (key: string) => kpi.kpis.find((x) => x.key === key)!;
    expect(t("k1_6").tracked).toBe(false); // 4 yes, 4 no: tie is not a majority
    expect(t("k2_1").tracked).toBe(true); // 3 yes, 1 no, 4 don't know (excluded)
    expect(t("k2_2").tracked).toBe(false); // 2 yes, 2 no
    expect(t("k2_5")).toMatchObject({ tracked: false, hasEvidence: false }); // all don't know
    expect(t("k5_5")).toMatchObject({ no: 7, unanswered: 1 });
  });
  it("coverage per level", () => {
    const cov = kpi.coverage.map((c) => c.coverage);
    // L1 5/6; L2 k2_1, k2_4 = 2/5; L3 k3_1..k3_3 = 3/5; L4 0/5; L5 0/5
    expect(cov[0]).toBeCloseTo(5 / 6, P);
    expect(cov[1]).toBeCloseTo(0.4, P);
    expect(cov[2]).toBeCloseTo(0.6, P);
    expect(cov[3]).toBe(0);
    expect(cov[4]).toBe(0);
  });
  it("flags: every pillar staged ≥ 2 is flagged at level 2 only (0.4 < 0.5; level 3 has 0.6)", () => {
    expect(kpi.flags.map((f) => [f.pillar, f.level])).toEqual([
      ["organisation", 2],
      ["coaching", 2],
      ["leadership", 2],
      ["accounts", 2],
    ]);
    // supporting detail: the pillar's own untracked level-2 KPIs (k2_3 → coaching, k2_5 → accounts)
    expect(kpi.flags.find((f) => f.pillar === "coaching")?.untrackedPillarKpis).toEqual(["k2_3"]);
    expect(kpi.flags.find((f) => f.pillar === "organisation")?.untrackedPillarKpis).toEqual([]);
  });
});
