import { describe, expect, it } from "vitest";
import { allItems, model2026_1, model2026_2, pillarByKey } from "../model";
import type { MaturityModel } from "../model/types";
import { scoreEngagement, stagedLevel } from "./engagement";
import { rescanDeltas } from "./rescan";
import type { ItemAnswer, ScanResponse } from "./types";

function everyone(model: MaturityModel, level: (key: string) => ItemAnswer): ScanResponse[] {
  return ["a", "b", "c"].map((id) => ({
    respondentId: id,
    roleGroup: "sales",
    items: Object.fromEntries(allItems(model).map((i) => [i.key, level(i.key)])),
    desired: {},
    importance: {},
    kpis: {},
  }));
}

describe("2026.1 → 2026.2", () => {
  it("a re-scan across versions compares pillars only (items differ), labelled as such", () => {
    const before = scoreEngagement(model2026_1, { modelVersion: "2026.1", responses: everyone(model2026_1, () => 2) });
    const after = scoreEngagement(model2026_2, { modelVersion: "2026.2", responses: everyone(model2026_2, () => 3) });
    const d = rescanDeltas(after, before);
    expect(d).toMatchObject({ mode: "pillarOnly", items: null, previousModelVersion: "2026.1", currentModelVersion: "2026.2" });
    expect(d.pillars.map((p) => p.delta)).toEqual([1, 1, 1, 1, 1]);
    expect(d.pillars.map((p) => p.stagedLevelDelta)).toEqual([1, 1, 1, 1, 1]);
  });

  it("the sales organisation's six items: the staged level needs 5 of 6 (80 % rounded up), the mean all six", () => {
    const keys: readonly string[] = pillarByKey(model2026_2, "organisation").items.map((i) => i.key);
    expect(keys).toHaveLength(6);
    // four items at 4, two at 2: 4 of 6 (67 %) is not enough for level 4
    const fourOfSix = scoreEngagement(model2026_2, {
      modelVersion: "2026.2",
      responses: everyone(model2026_2, (k) => (keys.indexOf(k) >= 4 ? 2 : 4)),
    }).pillars[0]!;
    expect(fourOfSix).toMatchObject({ stagedLevel: 2, itemsScored: 6 });
    expect(fourOfSix.mean).toBeCloseTo(20 / 6, 10);
    expect(stagedLevel([4, 4, 4, 4, 4, 2])).toBe(4);
    expect(stagedLevel([4, 4, 4, 4, 2])).toBe(4);
  });
});
