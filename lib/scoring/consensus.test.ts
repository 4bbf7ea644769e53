import { describe, expect, it } from "vitest";
import { consensusOf, consensusReport, consensusWord } from "./consensus";
import { fixtureModel as model, itemsFrom, simpleResponse } from "./testing/fixture-model";

describe("consensusOf", () => {
  it("full agreement", () => {
    expect(consensusOf([3, 3, 3])).toEqual({ n: 3, sd: 0, range: { min: 3, max: 3 }, rwg: 1, rwgRaw: 1, discuss: false });
  });
  it("r_wg = 1 − s²/2 with the sample variance", () => {
    // 2, 3, 4: s² = (1 + 0 + 1)/2 = 1 → r_wg 0.5 → discuss
    const c = consensusOf([2, 3, 4]);
    expect(c.sd).toBeCloseTo(1, 10);
    expect(c.rwg).toBeCloseTo(0.5, 10);
    expect(c.discuss).toBe(true);
  });
  it("r_wg at exactly 0.70 is not discussed; just below is", () => {
    // 1,1,1,2,2,2,2,2,3,3,3: mean 2, squares 3·1 + 5·0 + 3·1 = 6, s² = 6/10 = 0.6 → r_wg 0.70
    const edge = consensusOf([1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3]);
    expect(edge.rwg).toBeCloseTo(0.7, 10);
    expect(edge.discuss).toBe(false);
    // 2,4,3,3: squares 2, s² = 2/3 → r_wg 0.6667 → discuss
    expect(consensusOf([2, 4, 3, 3]).discuss).toBe(true);
  });
  it("negative r_wg is truncated to 0, the raw value kept", () => {
    // 1, 5, 1, 5: mean 3, squares 16, s² = 16/3 → raw 1 − 8/3 = −5/3
    const c = consensusOf([1, 5, 1, 5]);
    expect(c.rwg).toBe(0);
    expect(c.rwgRaw).toBeCloseTo(-5 / 3, 10);
    expect(c.discuss).toBe(true);
    expect(c.sd).toBeGreaterThan(1.1);
  });
  it("fewer than 3 answers: only the range", () => {
    expect(consensusOf([1, 5])).toEqual({ n: 2, sd: null, range: { min: 1, max: 5 }, rwg: null, rwgRaw: null, discuss: null });
    expect(consensusOf([])).toEqual({ n: 0, sd: null, range: null, rwg: null, rwgRaw: null, discuss: null });
  });
});

describe("consensusReport", () => {
  it("items over individual answers, pillars over sufficient respondent scores", () => {
    const responses = [
      simpleResponse("a", "sales", itemsFrom("33333")),
      simpleResponse("b", "sales", itemsFrom("55555")),
      simpleResponse("c", "management", itemsFrom("11111")),
      simpleResponse("d", "management", itemsFrom("5dddd")), // insufficient for the pillar
    ];
    const r = consensusReport(model, { modelVersion: "2026.1", responses });
    expect(r.items[0]).toMatchObject({ n: 4, range: { min: 1, max: 5 } });
    // respondent pillar scores 3, 5, 1: s² = 4 → r_wg raw −1 → 0
    expect(r.pillars[0]).toMatchObject({ n: 3, insufficientRespondents: 1, rwg: 0, rwgRaw: -1, discuss: true });
    expect(r.items[1]).toMatchObject({ n: 3 });
  });
});

describe("consensusWord: the consensus in plain words for clients", () => {
  it("is united when the method sees no need to discuss, divided or strongly divided otherwise", () => {
    expect(consensusWord(consensusOf([3, 3, 3]))).toBe("united");
    expect(consensusWord(consensusOf([3, 3, 4, 3]))).toBe("united");
    // r_wg 0.67 (below 0.70) but answers less spread than chance: divided.
    expect(consensusOf([3, 2, 2, 1]).rwg).toBeCloseTo(0.667, 2);
    expect(consensusWord(consensusOf([3, 2, 2, 1]))).toBe("divided");
    // Two camps (1 and 5): more spread than random answers, r_wg 0.
    expect(consensusWord(consensusOf([1, 5, 1, 5]))).toBe("strongly_divided");
    expect(consensusWord(consensusOf([1, 1, 3, 5, 5]))).toBe("strongly_divided");
  });

  it("says nothing with too few answers", () => {
    expect(consensusWord(consensusOf([1, 5]))).toBeNull();
  });
});
