import { describe, expect, it } from "vitest";
import { firmBenchmark } from "./benchmark";
import type { BenchmarkEntry } from "./benchmark";
import { computeScores } from "./engagement";
import { InvalidInputError } from "./errors";
import { rescanDeltas } from "./rescan";
import { fixtureModel as model, itemsFrom, makeFixtureModel, simpleResponse } from "./testing/fixture-model";

describe("rescanDeltas", () => {
  const before = computeScores(model, [simpleResponse("a", "sales", itemsFrom("22222", "33333"))], "role_group");
  const after = computeScores(model, [simpleResponse("a", "sales", itemsFrom("33343", "3333d"))], "role_group");
  it("pillar and item deltas with the same model version", () => {
    const d = rescanDeltas(after, before);
    expect(d.mode).toBe("full");
    // organisation 2 → 3.2; staged 2 → 3
    expect(d.pillars[0]?.delta).toBeCloseTo(1.2, 10);
    expect(d.pillars[0]?.stagedLevelDelta).toBe(1);
    expect(d.items?.[3]).toMatchObject({ key: "organisation.crm", previous: 2, current: 4, delta: 2 });
    // marketing.decisions_data: don't know now → no delta
    expect(d.items?.[9]).toMatchObject({ current: null, delta: null });
    expect(d.pillars[2]).toMatchObject({ previous: null, current: null, delta: null });
  });
  it("pillar deltas only (labelled) with a different model version", () => {
    const other = computeScores(makeFixtureModel("2027.1"), [simpleResponse("a", "sales", itemsFrom("33333"))], "role_group");
    const d = rescanDeltas(other, before);
    expect(d.mode).toBe("pillarOnly");
    expect(d.items).toBeNull();
    expect(d.pillars[0]?.delta).toBe(1);
    expect(d).toMatchObject({ previousModelVersion: "2026.1", currentModelVersion: "2027.1" });
  });
});

describe("firmBenchmark", () => {
  const entry = (clientId: string, organisation: number, engagementId = clientId): BenchmarkEntry => ({
    clientId,
    engagementId,
    pillarMeans: { organisation, marketing: null },
  });
  it("hidden below 5 distinct organisations, with n", () => {
    const entries = [entry("a", 2), entry("a", 4, "a2"), entry("b", 3), entry("c", 3), entry("d", 3)];
    expect(firmBenchmark(entries)).toEqual({ hidden: true, n: 4 });
  });
  it("mean per pillar over clients (a client's engagements averaged first)", () => {
    const entries = [entry("a", 2), entry("a", 4, "a2"), entry("b", 1), entry("c", 2), entry("d", 4), entry("e", 5)];
    const b = firmBenchmark(entries);
    if (b.hidden) throw new Error("expected shown");
    expect(b.n).toBe(5);
    // clients: a (2+4)/2 = 3, b 1, c 2, d 4, e 5 → 15/5 = 3
    expect(b.pillars[0]).toEqual({ pillar: "organisation", mean: 3, n: 5 });
    expect(b.pillars[1]).toEqual({ pillar: "marketing", mean: null, n: 0 });
  });
  it("can leave out the client being compared, and never goes below 5", () => {
    const entries = ["a", "b", "c", "d", "e"].map((c) => entry(c, 3));
    expect(firmBenchmark(entries, { excludeClientId: "a" })).toEqual({ hidden: true, n: 4 });
    expect(firmBenchmark(entries, { minOrganisations: 2 }).hidden).toBe(false);
    expect(firmBenchmark(entries.slice(1), { minOrganisations: 2 })).toEqual({ hidden: true, n: 4 });
  });
  it("rejects means outside 1–5", () => {
    expect(() => firmBenchmark([entry("a", 0)])).toThrow(InvalidInputError);
    expect(() => firmBenchmark([entry("a", Number.NaN)])).toThrow(InvalidInputError);
  });
});
