import { describe, expect, it } from "vitest";
import { allItems, model2026_1, model2026_2 } from "../model";
import type { MaturityModel } from "../model/types";
import { kpiEvidence } from "./kpi";
import type { ScanResponse } from "./types";

/** Everyone answers level 4 on every item; only the given KPIs are tracked (yes), the rest no. */
function input(model: MaturityModel, trackedKpis: readonly string[]) {
  const response = (id: string): ScanResponse => ({
    respondentId: id,
    roleGroup: "sales",
    items: Object.fromEntries(allItems(model).map((i) => [i.key, 4])),
    desired: {},
    importance: {},
    kpis: Object.fromEntries(model.kpis.map((k) => [k.key, trackedKpis.includes(k.key) ? "yes" : "no"])),
  });
  return { modelVersion: model.version, responses: [response("a"), response("b"), response("c")] };
}

const levelsFlagged = (model: MaturityModel, tracked: readonly string[]) => [
  ...new Set(kpiEvidence(model, input(model, tracked)).flags.map((f) => f.level)),
];

describe("KPI evidence: level-1/2 KPIs are basics in 2026.2, evidence from level 2 in 2026.1", () => {
  it("2026.2: untracked level-2 KPIs never raise the 'not backed' flag; levels 3–4 still do", () => {
    expect(levelsFlagged(model2026_2, [])).toEqual([3, 4]);
  });

  it("2026.1 is scored as released: level 2 counts as evidence", () => {
    expect(levelsFlagged(model2026_1, [])).toEqual([2, 3, 4]);
  });

  it("2026.2: tracking the level-3 and level-4 KPIs clears every flag, whatever the basics", () => {
    const evidence = model2026_2.kpis.filter((k) => k.level === 3 || k.level === 4).map((k) => k.key);
    expect(levelsFlagged(model2026_2, evidence)).toEqual([]);
  });

  it("coverage is still reported for every level, basics included", () => {
    const coverage = kpiEvidence(model2026_2, input(model2026_2, [])).coverage;
    expect(coverage.map((c) => [c.level, c.listed])).toEqual([[1, 6], [2, 5], [3, 5], [4, 5], [5, 5]]);
  });
});
