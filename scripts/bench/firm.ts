/**
 * Input for the firm benchmark: six client organisations with closed engagements (one client was
 * scanned twice), pillar means computed by the engine from synthetic engagements. The client being
 * compared is excluded, which leaves the five organisations the benchmark needs.
 */
import type { MaturityModel } from "../../lib/model";
import type { BenchmarkEntry } from "../../lib/scoring";
import { scoreEngagement } from "../../lib/scoring";
import { syntheticResponses } from "./synthetic";

export const COMPARED_CLIENT = "client-a";

/** [client, engagement, respondents] — sizes of typical mid-market engagements. */
const ENGAGEMENTS: readonly (readonly [string, string, number])[] = [
  [COMPARED_CLIENT, "eng-a1", 1000],
  ["client-b", "eng-b1", 45],
  ["client-b", "eng-b2", 52],
  ["client-c", "eng-c1", 180],
  ["client-d", "eng-d1", 24],
  ["client-e", "eng-e1", 310],
  ["client-f", "eng-f1", 90],
];

export function firmEntries(model: MaturityModel, seed: number): BenchmarkEntry[] {
  return ENGAGEMENTS.map(([clientId, engagementId, count], i) => {
    const scores = scoreEngagement(model, { modelVersion: model.version, responses: syntheticResponses(model, seed + i, count) });
    return { clientId, engagementId, pillarMeans: Object.fromEntries(scores.pillars.map((p) => [p.pillar, p.mean])) };
  });
}
