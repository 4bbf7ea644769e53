import { describe, expect, it } from "vitest";
import { computeScores, overallScore, scoreEngagement, stagedLevel } from "./engagement";
import { respondentPillarScores } from "./respondent";
import { fixtureModel as model, itemsFrom, simpleResponse } from "./testing/fixture-model";

describe("stagedLevel", () => {
  it("is the highest L with 4 of 5 items ≥ L", () => {
    expect(stagedLevel([4, 4, 4, 4, 1])).toBe(4);
    expect(stagedLevel([5, 5, 5, 5, 1])).toBe(5);
    expect(stagedLevel([5, 5, 5, 1, 1])).toBe(1); // only 3 of 5 reach 2
    expect(stagedLevel([3.5, 3, 3, 2.9, 2.9])).toBe(2);
  });
  it("uses 80 % of the scored items when some have no score", () => {
    expect(stagedLevel([4, 4, 4, 2, null])).toBe(2); // 3 of 4 < 3.2
    expect(stagedLevel([4, 4, 4, 4, null])).toBe(4);
    expect(stagedLevel([4, 2, null, null, null])).toBe(2); // 1 of 2 < 1.6
    expect(stagedLevel([3, null, null, null, null])).toBe(3);
  });
  it("is at least 1, and null without any score", () => {
    expect(stagedLevel([1, 1, 1, 1, 1])).toBe(1);
    expect(stagedLevel([null, null])).toBeNull();
  });
  it("treats floating-point noise as equal", () => {
    expect(stagedLevel([3 - 1e-15, 3, 3, 3, 1])).toBe(3);
  });
});

describe("engagement scores", () => {
  const responses = [
    simpleResponse("m", "management", itemsFrom("55555")),
    simpleResponse("s1", "sales", itemsFrom("11111")),
    simpleResponse("s2", "sales", itemsFrom("11111")),
    simpleResponse("s3", "sales", itemsFrom("1111d")),
  ];
  it("role-group weighting: mean of the group means", () => {
    const s = computeScores(model, responses, "role_group");
    // (5 + 1) / 2 = 3 per item
    expect(s.pillars[0]?.items.map((i) => i.score)).toEqual([3, 3, 3, 3, 3]);
    expect(s.pillars[0]?.mean).toBe(3);
  });
  it("respondent weighting: plain mean", () => {
    const s = computeScores(model, responses, "respondent");
    // (5 + 1 + 1 + 1) / 4 = 2; last item (5 + 1 + 1) / 3
    expect(s.pillars[0]?.items[0]?.score).toBe(2);
    expect(s.pillars[0]?.items[4]?.score).toBeCloseTo(7 / 3, 10);
  });
  it("items without answers are excluded from the pillar mean, never counted as 0", () => {
    const s = computeScores(model, [simpleResponse("a", "sales", itemsFrom("4dnd-"))], "role_group");
    expect(s.pillars[0]).toMatchObject({ mean: 4, itemsScored: 1, stagedLevel: 4 });
    expect(s.pillars[1]).toMatchObject({ mean: null, stagedLevel: null, unbalanced: false, itemsScored: 0 });
    expect(s.overall).toMatchObject({ mean: 4, honestLevel: 4, pillarsScored: 1, complete: false });
  });
  it("unbalanced when mean − staged ≥ 1", () => {
    const s = computeScores(model, [simpleResponse("a", "sales", itemsFrom("55511", "44443"))], "role_group");
    expect(s.pillars[0]).toMatchObject({ stagedLevel: 1, unbalanced: true }); // 3.4 − 1
    expect(s.pillars[1]).toMatchObject({ stagedLevel: 4, unbalanced: false }); // 3.8 − 4
  });
  it("overall: mean of pillar means and lowest staged level", () => {
    const o = overallScore([
      { pillar: "organisation", mean: 2, stagedLevel: 2, unbalanced: false, itemsScored: 5, items: [] },
      { pillar: "marketing", mean: 4, stagedLevel: 3, unbalanced: false, itemsScored: 5, items: [] },
    ]);
    expect(o).toEqual({ mean: 3, honestLevel: 2, pillarsScored: 2, complete: true });
  });
  it("scoreEngagement validates and uses the weighting setting", () => {
    const s = scoreEngagement(model, { modelVersion: "2026.1", responses, settings: { weighting: "respondent" } });
    expect(s.weighting).toBe("respondent");
    expect(s.respondents).toBe(4);
  });
});

describe("respondentPillarScores", () => {
  it("mean of answered items; insufficient below 3 answered", () => {
    const r = simpleResponse("a", "sales", itemsFrom("543dd", "12ddn", "-----"));
    const s = respondentPillarScores(model, r);
    expect(s[0]).toMatchObject({ score: 4, answered: 3, dontKnow: 2, status: "ok" });
    expect(s[1]).toMatchObject({ score: null, answered: 2, dontKnow: 2, notApplicable: 1, status: "insufficient" });
    expect(s[2]).toMatchObject({ score: null, answered: 0, unanswered: 5, status: "insufficient" });
  });
  it("validates the response", () => {
    const r = simpleResponse("a", "sales", { "organisation.crm": 9 as never });
    expect(() => respondentPillarScores(model, r)).toThrow(expect.objectContaining({ code: "INVALID_LEVEL" }));
  });
});
