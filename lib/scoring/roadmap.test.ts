import { describe, expect, it } from "vitest";
import { ModelVersionMismatchError } from "./errors";
import { actionsForStep, draftRoadmap, phaseFor, targetLevel } from "./roadmap";
import type { RoadmapPillarInput } from "./roadmap";
import { fixtureModel as model } from "./testing/fixture-model";
import type { LevelNumber, PillarKey } from "../model/types";

const p = (pillar: PillarKey, stagedLevel: LevelNumber | null, desired: number | null, priority: number | null): RoadmapPillarInput => ({
  pillar,
  stagedLevel,
  desired,
  priority,
});

describe("targetLevel", () => {
  it("rounds the mean desired level half up, else current + 1, capped at 5", () => {
    expect(targetLevel(2, 3.5)).toEqual({ target: 4, source: "desired" });
    expect(targetLevel(2, 3.49)).toEqual({ target: 3, source: "desired" });
    expect(targetLevel(2, null)).toEqual({ target: 3, source: "current_plus_one" });
    expect(targetLevel(5, null).target).toBe(5);
  });
});

describe("phaseFor", () => {
  it("two pillars start per phase; later steps one phase later each, capped", () => {
    expect([0, 1, 2, 3, 4].map((r) => phaseFor(r, 0))).toEqual(["0-3", "0-3", "3-6", "3-6", "6-12"]);
    expect([0, 1, 2, 3].map((i) => phaseFor(0, i))).toEqual(["0-3", "3-6", "6-12", "12+"]);
    expect(phaseFor(4, 3)).toBe("12+");
  });
});

describe("actionsForStep", () => {
  it("returns the model's actions for the pillar and step", () => {
    expect(actionsForStep(model, "coaching", 3).map((a) => a.key)).toEqual(["coaching_3_1", "coaching_3_2"]);
  });
});

describe("draftRoadmap", () => {
  const input = (pillars: RoadmapPillarInput[], tracked: string[] = []) => ({ modelVersion: "2026.1", pillars, trackedKpiKeys: tracked });
  it("one level at a time from current to target", () => {
    const r = draftRoadmap(model, input([p("organisation", 1, 4.6, 5)]));
    expect(r.pillars[0]?.steps.map((s) => [s.fromLevel, s.toLevel, s.phase])).toEqual([
      [1, 2, "0-3"],
      [2, 3, "3-6"],
      [3, 4, "6-12"],
      [4, 5, "12+"],
    ]);
  });
  it("no steps when the target is not above the current level or there is no score", () => {
    const r = draftRoadmap(model, input([p("organisation", 4, 3.2, 0), p("marketing", 5, null, null), p("coaching", null, 4, 2)]));
    expect(r.steps).toEqual([]);
    expect(r.pillars.map((x) => [x.target, x.rank])).toEqual([
      [3, null],
      [5, null],
      [null, null],
    ]);
  });
  it("orders pillars by lowest level, then highest priority, then model order", () => {
    const r = draftRoadmap(
      model,
      input([
        p("organisation", 2, null, 1),
        p("marketing", 2, null, 4),
        p("coaching", 1, null, 0),
        p("leadership", 2, null, null),
        p("accounts", 2, null, 4),
      ]),
    );
    // coaching (level 1); marketing, accounts (priority 4, model order); organisation (1); leadership (none)
    expect(r.steps.map((s) => [s.pillar, s.phase])).toEqual([
      ["coaching", "0-3"],
      ["marketing", "0-3"],
      ["accounts", "3-6"],
      ["organisation", "3-6"],
      ["leadership", "6-12"],
    ]);
  });
  it("each step lists the pillar's untracked KPIs of the target level", () => {
    // organisation KPIs of level 2: k2_1 (pillar = organisation)
    const r = draftRoadmap(model, input([p("organisation", 1, 3, 1)], ["k3_1"]));
    expect(r.pillars[0]?.steps.map((s) => s.kpiKeys)).toEqual([["k2_1"], []]);
    expect(r.pillars[0]?.steps[0]?.actionKeys).toEqual(["organisation_1_1", "organisation_1_2"]);
  });
  it("rejects another model version and invalid levels", () => {
    expect(() => draftRoadmap(model, { modelVersion: "x", pillars: [], trackedKpiKeys: [] })).toThrow(ModelVersionMismatchError);
    expect(() => draftRoadmap(model, input([p("organisation", 6 as LevelNumber, null, null)]))).toThrow(
      expect.objectContaining({ code: "INVALID_LEVEL" }),
    );
    expect(() => draftRoadmap(model, input([p("organisation", 2, 7, null)]))).toThrow(expect.objectContaining({ code: "INVALID_LEVEL" }));
  });
});
