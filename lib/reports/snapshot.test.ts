import { describe, expect, it } from "vitest";
import type { ClientSafeResults } from "../results/client-safe";
import { clientSafeView, scoreEngagement, rescanDeltas, firmBenchmark } from "../scoring";
import { fixtureModel } from "../scoring/testing/fixture-model";
import { referenceInput } from "../scoring/testing/reference-engagement";
import { reviveResults, serialiseResults } from "./snapshot";

function results(closesAt: Date | null): ClientSafeResults {
  const input = referenceInput();
  const scores = scoreEngagement(fixtureModel, input);
  return {
    engagement: { id: "e1", title: "Scan Q4", clientName: "Groen", status: "closed", modelVersion: "2026.1", closesAt },
    view: clientSafeView(fixtureModel, input),
    ratings: [{ pillar: "marketing", level: 3, note: "Eigen oordeel" }],
    trend: { previousTitle: "Scan Q2", deltas: rescanDeltas(scores, scores) },
    benchmark: firmBenchmark([]),
  };
}

describe("report snapshot", () => {
  it("stores dates as ISO strings and revives the same results", () => {
    const original = results(new Date("2026-12-01T16:00:00.000Z"));
    const stored = serialiseResults(original);
    expect((stored.engagement as { closesAt: unknown }).closesAt).toBe("2026-12-01T16:00:00.000Z");
    // What the database hands back is plain JSON: round-trip it as jsonb would.
    const revived = reviveResults(JSON.parse(JSON.stringify(stored)));
    expect(revived).toEqual(original);
    expect(revived.engagement.closesAt).toBeInstanceOf(Date);
  });

  it("keeps a missing close date missing and refuses a broken one", () => {
    expect(reviveResults(serialiseResults(results(null))).engagement.closesAt).toBeNull();
    const broken = serialiseResults(results(null));
    expect(() => reviveResults({ ...broken, engagement: { ...(broken.engagement as object), closesAt: "gisteren" } })).toThrow();
  });

  it("serialises to plain JSON (no Date objects left)", () => {
    const stored = serialiseResults(results(new Date()));
    const walk = (v: unknown): boolean => (v instanceof Date ? false : typeof v === "object" && v !== null ? Object.values(v).every(walk) : true);
    expect(walk(stored)).toBe(true);
  });
});
