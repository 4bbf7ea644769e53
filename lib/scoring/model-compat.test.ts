/**
 * The engine against the real model 2026.1: the assumptions the scoring makes about the model
 * (5 × 5 items with the agreed keys, 26 KPIs 6/5/5/5/5, actions for every step) hold, and a
 * whole engagement scores end to end.
 */
import { describe, expect, it } from "vitest";
import { getModel, ITEM_KEYS_2026_1 } from "../model";
import { PILLAR_KEYS } from "../model/types";
import { analyseEngagement } from "./analyse";
import { clientSafeView } from "./client-safe";
import { draftRoadmap, roadmapInputFrom } from "./roadmap";
import type { ScanResponse } from "./types";

const model = getModel("2026.1");

describe("model 2026.1 as the scoring engine needs it", () => {
  it("has the agreed 25 item keys in order", () => {
    expect(model.pillars.map((p) => p.key)).toEqual([...PILLAR_KEYS]);
    for (const p of model.pillars) expect(p.items.map((i) => i.key)).toEqual([...ITEM_KEYS_2026_1[p.key]]);
  });
  it("has 26 KPIs: 6 at level 1 and 5 at each of levels 2–5, with unique keys", () => {
    expect(model.kpis).toHaveLength(26);
    expect([1, 2, 3, 4, 5].map((l) => model.kpis.filter((k) => k.level === l).length)).toEqual([6, 5, 5, 5, 5]);
    expect(new Set(model.kpis.map((k) => k.key)).size).toBe(26);
  });
  it("has 2–4 actions for every pillar and step", () => {
    for (const pillar of PILLAR_KEYS) {
      for (const from of [1, 2, 3, 4]) {
        const n = model.actions.filter((a) => a.pillar === pillar && a.fromLevel === from).length;
        expect(n, `${pillar} ${from}→${from + 1}`).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(4);
      }
    }
  });
  it("scores an engagement end to end", () => {
    const levels = [1, 2, 3, 4, 5] as const;
    const responses: ScanResponse[] = Array.from({ length: 6 }, (_, r) => ({
      respondentId: `r${r}`,
      roleGroup: r < 2 ? "management" : "sales",
      items: Object.fromEntries(model.pillars.flatMap((p) => p.items).map((item, i) => [item.key, levels[(r + i) % 3]])),
      desired: { organisation: 4, marketing: 4 },
      importance: { organisation: 5, marketing: 3 },
      kpis: Object.fromEntries(model.kpis.map((k, i) => [k.key, i % 2 === 0 ? "yes" : "no"])),
    }));
    const input = { modelVersion: "2026.1", responses };
    const a = analyseEngagement(model, input);
    expect(a.scores.pillars.every((p) => p.mean !== null && p.stagedLevel !== null)).toBe(true);
    const roadmap = draftRoadmap(model, roadmapInputFrom(a.scores, a.ambition, a.kpis));
    expect(roadmap.steps.length).toBeGreaterThan(0);
    for (const s of roadmap.steps) expect(s.actionKeys.length).toBeGreaterThanOrEqual(2);
    expect(clientSafeView(model, input).status).toBe("ok");
  });
});
