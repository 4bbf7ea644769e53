import { describe, expect, it } from "vitest";
import { analyseEngagement } from "../scoring/analyse";
import { fixtureModel as model } from "../scoring/testing/fixture-model";
import { referenceInput, referenceResponses } from "../scoring/testing/reference-engagement";
import { compareRespondents, discussList, heatmapRows, heatPosition, itemRows, pickRespondents, pillarRows } from "./views";

const analysis = analyseEngagement(model, referenceInput());
const people = referenceResponses.map((r, i) => ({ id: r.respondentId, name: `Naam ${8 - i}`, roleGroup: r.roleGroup, team: r.team ?? null }));

describe("pillar rows", () => {
  const rows = pillarRows(model, analysis, { coaching: 2 });

  it("combine the engine's figures per pillar, in model order, with the rating beside them", () => {
    expect(rows.map((r) => r.pillar)).toEqual(["organisation", "marketing", "coaching", "leadership", "accounts"]);
    const organisation = rows[0]!;
    expect(organisation.score).toBe(analysis.scores.pillars[0]);
    expect(organisation.consensus).toBe(analysis.consensus.pillars[0]);
    expect(organisation.ambition).toBe(analysis.ambition[0]);
    // Organisation: don't know on o1 (C2), o5 (S4, C1, C2) = 4 of 8 × 5 asked.
    expect(organisation.dontKnow).toBe(4);
    expect(organisation.asked).toBe(40);
    expect(organisation.dontKnowRate).toBeCloseTo(0.1);
    expect(organisation.kpiFlags.map((f) => f.level)).toEqual([2]);
    expect(rows[1]?.kpiFlags).toEqual([]); // marketing is at level 1: nothing to back
    expect(rows.map((r) => r.rating)).toEqual([null, null, 2, null, null]);
  });
});

describe("item rows and the to-discuss list", () => {
  const rows = itemRows(model, analysis, referenceResponses);

  it("carry score, consensus, signals and the answer distribution of every item", () => {
    expect(rows).toHaveLength(25);
    const plan = rows[0]!;
    expect(plan.key).toBe("organisation.commercial_plan");
    // 4,4,3,3,2,2,3 and one don't know.
    expect(plan.distribution.levels).toEqual({ 1: 0, 2: 2, 3: 3, 4: 2, 5: 0 });
    expect(plan.distribution.dontKnow).toBe(1);
    expect(plan.signals.dontKnow).toBe(1);
  });

  it("lists only items to discuss, most disagreement (lowest r_wg) first", () => {
    const list = discussList(rows);
    expect(list.every((r) => r.consensus.discuss === true)).toBe(true);
    expect(list.length).toBe(rows.filter((r) => r.consensus.discuss).length);
    const rwg = list.map((r) => r.consensus.rwgRaw ?? 1);
    expect([...rwg].sort((a, b) => a - b)).toEqual(rwg);
    // leadership.external_network (4/7) before organisation.commercial_plan (2/3).
    const keys = list.map((r) => r.key);
    expect(keys.indexOf("leadership.external_network")).toBeLessThan(keys.indexOf("organisation.commercial_plan"));
  });
});

describe("heatmap, comparison and selection", () => {
  it("groups respondents by role group, then name, with the engine's pillar scores", () => {
    const rows = heatmapRows(model, people, referenceResponses, analysis);
    expect(rows.map((r) => r.roleGroup)).toEqual(["management", "management", "sales", "sales", "sales", "sales", "customer_service", "customer_service"]);
    expect(rows[0]?.name).toBe("Naam 7"); // M2 sorts before M1 by name
    const c2 = rows.find((r) => r.respondentId === "resp-c2")!;
    expect(c2.pillars[4]).toMatchObject({ status: "insufficient", score: null });
    // Without an analysis (one submission) the scores are computed per respondent, the same.
    expect(heatmapRows(model, people, referenceResponses, null)).toEqual(rows);
  });

  it("compares respondents item by item and marks answers 2+ levels apart", () => {
    const view = compareRespondents(model, [referenceResponses[0]!, referenceResponses[7]!]);
    const o = view.pillars[0]!;
    // M1 44523 vs C2 d241d
    expect(o.items.map((i) => i.answers)).toEqual([
      [4, "dont_know"],
      [4, 2],
      [5, 4],
      [2, 1],
      [3, "dont_know"],
    ]);
    expect(o.items.map((i) => i.spread)).toEqual([null, 2, 1, 1, null]);
    expect(o.comments).toEqual(["Plan is er, uitvoering niet", null]);
    expect(view.pillars[4]?.scores[1]?.status).toBe("insufficient");
    expect(view.kpis.find((k) => k.key === "k1_6")).toMatchObject({ answers: ["yes", "no"], differs: true });
    expect(view.kpis.find((k) => k.key === "k1_1")?.differs).toBe(false);
  });

  it("picks only submitted respondents of the engagement, else null", () => {
    expect(pickRespondents(people, referenceResponses, ["resp-s1", "resp-m1"])?.map((p) => p.person.id)).toEqual(["resp-s1", "resp-m1"]);
    expect(pickRespondents(people, referenceResponses, ["resp-s1", "someone-else"])).toBeNull();
    expect(pickRespondents(people, referenceResponses, [])).toEqual([]);
  });

  it("maps levels onto the colour scale", () => {
    expect([1, 3, 5, 7, 0].map(heatPosition)).toEqual([0, 0.5, 1, 1, 0]);
    expect(heatPosition(null)).toBeNull();
  });
});
