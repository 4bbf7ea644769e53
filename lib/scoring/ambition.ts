/**
 * Ambition gap and priority per pillar.
 */
import type { MaturityModel, PillarKey } from "../model/types";
import type { EngagementScores } from "./engagement";
import { computeScores } from "./engagement";
import { mean } from "./stats";
import type { EngagementInput, ScanResponse } from "./types";
import { validateResponses } from "./validate";

export interface AmbitionGap {
  readonly pillar: PillarKey;
  /** Mean of the respondents' desired levels; `null` when nobody gave one. */
  readonly desired: number | null;
  readonly desiredN: number;
  /** Mean of the respondents' importance ratings (1–5); `null` when nobody gave one. */
  readonly importance: number | null;
  readonly importanceN: number;
  /** The pillar mean. */
  readonly current: number | null;
  /** desired − current (can be negative). */
  readonly gap: number | null;
  /** max(gap, 0) × importance. */
  readonly priority: number | null;
  /** True when the organisation already scores above its ambition (priority set to 0). */
  readonly negativeGap: boolean;
}

/**
 * Ambition gap = desired − current, where desired is the plain mean of the respondents'
 * desired levels and current is the pillar mean. Priority = gap × importance (mean importance),
 * the way Gartner-style maturity tools weigh a gap by how much it matters.
 * A negative gap (already above the ambition) gets priority 0 — not a negative priority, which
 * would rank below pillars that simply matter little — and is marked `negativeGap`.
 * Missing desired levels, importance or current score give `null`, never 0.
 */
export function computeAmbition(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  scores: EngagementScores,
): AmbitionGap[] {
  return model.pillars.map((p) => {
    const desiredValues = responses.map((r) => r.desired[p.key]).filter((v): v is NonNullable<typeof v> => v !== undefined);
    const importanceValues = responses
      .map((r) => r.importance[p.key])
      .filter((v): v is NonNullable<typeof v> => v !== undefined);
    const desired = mean(desiredValues);
    const importance = mean(importanceValues);
    const current = scores.pillars.find((s) => s.pillar === p.key)?.mean ?? null;
    const gap = desired === null || current === null ? null : desired - current;
    const negativeGap = gap !== null && gap < 0;
    const priority = gap === null || importance === null ? null : negativeGap ? 0 : gap * importance;
    return {
      pillar: p.key,
      desired,
      desiredN: desiredValues.length,
      importance,
      importanceN: importanceValues.length,
      current,
      gap,
      priority,
      negativeGap,
    };
  });
}

/** Validates the input and computes the ambition gaps with the engagement's weighting. */
export function ambitionGaps(model: MaturityModel, input: EngagementInput): AmbitionGap[] {
  const settings = validateResponses(model, input);
  const scores = computeScores(model, input.responses, settings.weighting);
  return computeAmbition(model, input.responses, scores);
}
