import { describe, expect, it } from "vitest";
import { ambitionGaps } from "./ambition";
import { computeScores } from "./engagement";
import { kpiEvidence, kpiFlags, levelCoverage } from "./kpi";
import type { KpiResult } from "./kpi";
import { fixtureModel as model, itemsFrom, perPillar, simpleResponse } from "./testing/fixture-model";
import type { KpiAnswer, ScanResponse } from "./types";

const input = (responses: ScanResponse[]) => ({ modelVersion: "2026.1", responses });

describe("ambitionGaps", () => {
  const responses = [
    simpleResponse("a", "sales", itemsFrom("22222", "44444", "33333"), { desired: perPillar("443--"), importance: perPillar("52---") }),
    simpleResponse("b", "sales", itemsFrom("22222", "44444", "33333"), { desired: perPillar("532--"), importance: perPillar("44---") }),
  ];
  const gaps = ambitionGaps(model, input(responses));
  it("gap = mean desired − pillar mean; priority = gap × mean importance", () => {
    // organisation: desired (4+5)/2 = 4.5, current 2 → gap 2.5; importance 4.5 → 11.25
    expect(gaps[0]).toMatchObject({ desired: 4.5, current: 2, gap: 2.5, importance: 4.5, priority: 11.25, negativeGap: false });
  });
  it("a negative gap gets priority 0 and is marked", () => {
    // marketing: desired 3.5, current 4 → −0.5
    expect(gaps[1]).toMatchObject({ gap: -0.5, priority: 0, negativeGap: true });
  });
  it("missing importance or desired level gives null, not 0", () => {
    expect(gaps[2]).toMatchObject({ desired: 2.5, gap: -0.5, importance: null, priority: null });
    expect(gaps[3]).toMatchObject({ desired: null, current: null, gap: null, priority: null, desiredN: 0 });
  });
});

describe("kpiEvidence", () => {
  const answers = (list: KpiAnswer[]) => list.map((a, i) => simpleResponse(`r${i}`, "sales", itemsFrom("44444"), { kpis: { k2_1: a } }));
  it("tracked needs a strict majority of yes among yes/no", () => {
    const t = (list: KpiAnswer[]) => kpiEvidence(model, input(answers(list))).kpis.find((k) => k.key === "k2_1");
    expect(t(["yes", "no"])?.tracked).toBe(false);
    expect(t(["yes", "yes", "no"])?.tracked).toBe(true);
    expect(t(["yes", "dont_know", "dont_know"])).toMatchObject({ tracked: true, yes: 1, dontKnow: 2 });
    expect(t(["dont_know"])).toMatchObject({ tracked: false, hasEvidence: false });
  });
  it("coverage per level = tracked / listed", () => {
    const results = model.kpis.map(
      (k): KpiResult => ({ ...k, yes: 1, no: 0, dontKnow: 0, unanswered: 0, tracked: k.key === "k3_1" || k.key === "k3_2", hasEvidence: true }),
    );
    const cov = levelCoverage(results);
    expect(cov.map((c) => c.listed)).toEqual([6, 5, 5, 5, 5]);
    expect(cov[2]).toEqual({ level: 3, listed: 5, tracked: 2, coverage: 0.4 });
  });
  it("flags every level from 2 to the staged level with coverage below one half", () => {
    // organisation staged 4 (all items 4)
    const scores = computeScores(model, [simpleResponse("a", "sales", itemsFrom("44444", "11111"))], "role_group");
    const results = model.kpis.map(
      (k): KpiResult => ({
        ...k,
        yes: 1,
        no: 0,
        dontKnow: 0,
        unanswered: 0,
        // level 2: 3 of 5 tracked (0.6, fine); level 3: 2 of 5 (0.4); level 4: 0 of 5
        tracked: ["k2_1", "k2_2", "k2_3", "k3_1", "k3_2"].includes(k.key),
        hasEvidence: true,
      }),
    );
    const flags = kpiFlags(scores, levelCoverage(results), results);
    expect(flags.map((f) => [f.pillar, f.level, f.coverage])).toEqual([
      ["organisation", 3, 0.4],
      ["organisation", 4, 0],
    ]);
    // marketing is at level 1: never flagged
  });
  it("exactly half is not flagged", () => {
    const scores = computeScores(model, [simpleResponse("a", "sales", itemsFrom("22222"))], "role_group");
    const cov = [{ level: 2 as const, listed: 4, tracked: 2, coverage: 0.5 }];
    expect(kpiFlags(scores, cov, [])).toEqual([]);
  });
});
