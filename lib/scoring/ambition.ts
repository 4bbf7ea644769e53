/**
 * Ambition gap and priority per pillar.
 */
import type { MaturityModel, PillarKey } from "../model/types";
import type { EngagementScores } from "./engagement";
import { computeScores } from "./engagement";
import type { EngagementInput, ScanResponse } from "./types";
import { validateResponses } from "./validate";
import { weightedMean } from "./weighting";

export interface AmbitionGap {
  readonly pillar: PillarKey;
  /** Desired level with the engagement's weighting (as the current score); `null` when nobody gave one. */
  readonly desired: number | null;
  readonly desiredN: number;
  /** Importance (1–5) with the engagement's weighting; `null` when nobody gave one. */
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
 * Ambition gap = desired − current and priority = gap × importance (Gartner-style: a gap weighed
 * by how much it matters). Desired level and importance use the same weighting as the current
 * score (`scores.weighting`; role-group weighting: the mean of the role-group means), so the gap
 * never compares a figure weighted by role group with one weighted by respondent.
 * A negative gap (already above the ambition) gets priority 0 — not a negative priority, which
 * would rank below pillars that simply matter little — and is marked `negativeGap`.
 * Missing desired levels, importance or current score give `null`, never 0.
 */
export function computeAmbition(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  scores: EngagementScores,
): AmbitionGap[] {
  const weighted = (pick: (r: ScanResponse) => number | undefined) =>
    weightedMean(
      responses.flatMap((r) => {
        const value = pick(r);
        return value === undefined ? [] : [{ roleGroup: r.roleGroup, value }];
      }),
      scores.weighting,
    );
  return model.pillars.map((p) => {
    const desired = weighted((r) => r.desired[p.key]);
    const importance = weighted((r) => r.importance[p.key]);
    const current = scores.pillars.find((s) => s.pillar === p.key)?.mean ?? null;
    const gap = desired.mean === null || current === null ? null : desired.mean - current;
    const negativeGap = gap !== null && gap < 0;
    const priority = gap === null || importance.mean === null ? null : negativeGap ? 0 : gap * importance.mean;
    return {
      pillar: p.key,
      desired: desired.mean,
      desiredN: desired.n,
      importance: importance.mean,
      importanceN: importance.n,
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
