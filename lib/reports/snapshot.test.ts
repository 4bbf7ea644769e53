import { describe, expect, it } from "vitest";
import type { ClientSafeResults } from "../results/client-safe";
import { clientSafeView, scoreEngagement, rescanDeltas, firmBenchmark } from "../scoring";
import { fixtureModel } from "../scoring/testing/fixture-model";
import { referenceInput } from "../scoring/testing/reference-engagement";
import { DISCLOSURE_RULE, reportResults, reviveResults, serialiseResults } from "./snapshot";

function results(closesAt: Date | null): ClientSafeResults {
  const input = referenceInput();
  const scores = scoreEngagement(fixtureModel, input);
  return {
    engagement: { id: "e1", title: "Scan Q4", clientName: "Groen", status: "closed", modelVersion: "2026.1", closesAt },
    view: clientSafeView(fixtureModel, { ...input, settings: { ...input.settings, weighting: "respondent" } }),
    ratings: [{ pillar: "marketing", level: 3, note: "Eigen oordeel" }],
    trend: { previousTitle: "Scan Q2", deltas: rescanDeltas(scores, scores) },
    benchmark: firmBenchmark([]),
  };
}

describe("report snapshot", () => {
  it("stores dates as ISO strings and revives the same results", () => {
    const original = reportResults(results(new Date("2026-12-01T16:00:00.000Z")));
    const stored = serialiseResults(original);
    expect((stored.engagement as { closesAt: unknown }).closesAt).toBe("2026-12-01T16:00:00.000Z");
    // What the database hands back is plain JSON: round-trip it as jsonb would.
    const revived = reviveResults(JSON.parse(JSON.stringify(stored)));
    expect(revived).toEqual(original);
    expect(revived.engagement.closesAt).toBeInstanceOf(Date);
    expect(revived.disclosureRule).toBe(DISCLOSURE_RULE);
  });

  it("keeps a missing close date missing and refuses a broken one", () => {
    expect(reviveResults(serialiseResults(reportResults(results(null)))).engagement.closesAt).toBeNull();
    const broken = serialiseResults(reportResults(results(null)));
    expect(() => reviveResults({ ...broken, engagement: { ...(broken.engagement as object), closesAt: "gisteren" } })).toThrow();
  });

  it("serialises to plain JSON (no Date objects left)", () => {
    const stored = serialiseResults(reportResults(results(new Date())));
    const walk = (v: unknown): boolean => (v instanceof Date ? false : typeof v === "object" && v !== null ? Object.values(v).every(walk) : true);
    expect(walk(stored)).toBe(true);
  });

  it("freezes only what the portal and the PDF show (no comments, distributions, trend, benchmark, gaps)", () => {
    const full = results(null);
    if (full.view.status !== "ok") throw new Error("expected ok");
    // The live view has comments and answer counts for the total; the frozen one has neither.
    expect(full.view.total.comments).not.toBeNull();
    expect(full.view.total.distributions).not.toBeNull();
    const stored = serialiseResults(reportResults(full));
    expect(Object.keys(stored).sort()).toEqual(["disclosureRule", "engagement", "ratings", "view"]);
    const json = JSON.stringify(stored);
    for (const text of (full.view.total.comments ?? []).flatMap((c) => c.texts)) expect(json).not.toContain(text);
    for (const key of ["distributions", "comments", "perceptionGap", "importance", "priority", "rwgRaw", "trend", "benchmark"]) {
      expect(json).not.toContain(`"${key}"`);
    }
  });

  it("cuts a version stored before the change down the same way when it is read", () => {
    const legacy = JSON.parse(JSON.stringify(results(null))) as Record<string, unknown>;
    const revived = reviveResults(legacy);
    expect(revived.disclosureRule).toBe(0);
    expect(JSON.stringify(revived)).not.toContain('"comments"');
    expect(revived.view).toEqual(reportResults(results(null)).view);
  });
});
