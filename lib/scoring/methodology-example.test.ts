/**
 * The worked example of docs/methodology.md, checked against the engine so the document and
 * the code cannot drift apart.
 */
import { describe, expect, it } from "vitest";
import { analyseEngagement } from "./analyse";
import { clientSafeView } from "./client-safe";
import { draftRoadmap, roadmapInputFrom } from "./roadmap";
import { fixtureModel as model, itemsFrom, perPillar, simpleResponse } from "./testing/fixture-model";

const responses = [
  simpleResponse("anna", "management", itemsFrom("44434"), { desired: perPillar("4"), importance: perPillar("5"), kpis: { k1_1: "yes", k3_1: "yes" } }),
  simpleResponse("bram", "sales", itemsFrom("3322d"), { desired: perPillar("3"), importance: perPillar("4"), kpis: { k1_1: "yes", k3_1: "no" } }),
  simpleResponse("cem", "sales", itemsFrom("33323"), { desired: perPillar("4"), importance: perPillar("4"), kpis: { k1_1: "no", k3_1: "dont_know" } }),
  simpleResponse("dewi", "sales", itemsFrom("2321n"), { desired: perPillar("3"), importance: perPillar("3"), kpis: { k1_1: "dont_know", k3_1: "dont_know" } }),
];
const input = { modelVersion: "2026.1", responses };
const a = analyseEngagement(model, input);
const org = a.scores.pillars[0]!;

describe("methodology worked example", () => {
  it("item scores, pillar mean and level", () => {
    expect(org.items.map((i) => i.score)).toEqual([10 / 3, 3.5, 19 / 6, 7 / 3, 3.5].map((x) => expect.closeTo(x, 9)));
    expect(org.mean).toBeCloseTo(19 / 6, 9); // 3.17 → shown 3.2
    expect(org.stagedLevel).toBe(3);
    expect(org.unbalanced).toBe(false);
  });
  it("respondent scores", () => {
    expect(a.respondents.map((r) => r.pillars[0]?.score)).toEqual([3.8, 2.5, 2.8, 2].map((x) => expect.closeTo(x, 9)));
  });
  it("consensus", () => {
    expect(a.consensus.items[3]?.rwg).toBeCloseTo(2 / 3, 9);
    expect(a.consensus.items[3]?.discuss).toBe(true);
    expect(a.consensus.items[4]).toMatchObject({ n: 2, sd: null, rwg: null, range: { min: 3, max: 4 } });
  });
  it("perception gap, ambition, KPIs, roadmap", () => {
    expect(a.perceptionGap.pillars[0]?.gap).toBeCloseTo(3.8 - 38 / 15, 9); // 1.27
    expect(a.perceptionGap.pillars[0]?.flagged).toBe(true);
    // desired and importance weighted by role group like the pillar score: (4 + 10/3)/2 = 11/3
    // and (5 + 11/3)/2 = 13/3; gap 11/3 − 19/6 = 1/2; priority 1/2 × 13/3 = 13/6
    expect(a.ambition[0]?.desired).toBeCloseTo(11 / 3, 9);
    expect(a.ambition[0]?.importance).toBeCloseTo(13 / 3, 9);
    expect(a.ambition[0]?.gap).toBeCloseTo(1 / 2, 9);
    expect(a.ambition[0]?.priority).toBeCloseTo(13 / 6, 9);
    expect(a.kpis.kpis.find((k) => k.key === "k1_1")?.tracked).toBe(true);
    expect(a.kpis.kpis.find((k) => k.key === "k3_1")?.tracked).toBe(false);
    const r = draftRoadmap(model, roadmapInputFrom(a.scores, a.ambition, a.kpis));
    expect(r.pillars[0]?.steps.map((s) => [s.fromLevel, s.toLevel])).toEqual([[3, 4]]);
  });
  it("what the client sees with k = 3: the total only", () => {
    const v = clientSafeView(model, input);
    if (v.status !== "ok") throw new Error("expected ok");
    expect(v.total.n).toBe(4);
    expect(v.roleGroups).toEqual([]);
    expect(v.hiddenRoleGroupRespondents).toBe(4);
    expect(v.total.distributions).toBeNull();
    expect(v.total.comments).toBeNull();
  });
});
