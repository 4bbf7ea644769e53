/**
 * Engagement scores: item scores, pillar means, staged levels, the unbalanced flag and the
 * overall maturity. Full precision is kept in the data; round only for display
 * (see `roundForDisplay`).
 */
import type { ItemKey, LevelNumber, MaturityModel, PillarKey, RoleGroup } from "../model/types";
import { levelOf } from "./respondent";
import { atLeast, mean } from "./stats";
import type { EngagementInput, ScanResponse, Weighting } from "./types";
import { STAGED_LEVEL_SHARE, UNBALANCED_THRESHOLD } from "./types";
import { validateResponses } from "./validate";
import type { GroupMean } from "./weighting";
import { weightedMean } from "./weighting";

export type { GroupMean } from "./weighting";

export interface ItemScore {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  /** `null` when nobody answered the item with a level. */
  readonly score: number | null;
  /** Number of answers with a level. */
  readonly n: number;
  /** Mean per role group that answered the item, in the fixed role-group order. */
  readonly byRoleGroup: readonly GroupMean[];
}

export interface PillarScore {
  readonly pillar: PillarKey;
  /** Mean of the item scores (items without a score excluded); `null` if no item has one. */
  readonly mean: number | null;
  readonly stagedLevel: LevelNumber | null;
  /** mean − staged level ≥ 1. */
  readonly unbalanced: boolean;
  readonly itemsScored: number;
  readonly items: readonly ItemScore[];
}

export interface OverallScore {
  /** Mean of the pillar means of the pillars that have one. */
  readonly mean: number | null;
  /** The lowest staged level over the pillars ("honest score"). */
  readonly honestLevel: LevelNumber | null;
  readonly pillarsScored: number;
  /** True when every pillar has a mean. */
  readonly complete: boolean;
}

export interface EngagementScores {
  readonly modelVersion: string;
  readonly weighting: Weighting;
  readonly respondents: number;
  readonly pillars: readonly PillarScore[];
  readonly overall: OverallScore;
}

/**
 * Item score.
 * - role-group weighting: mean of the role-group means (groups without an answer excluded),
 *   so a large group does not drown a small one;
 * - respondent weighting: plain mean of all answers.
 * Don't know, not applicable and empty answers are excluded.
 */
export function itemScore(
  key: ItemKey,
  pillar: PillarKey,
  responses: readonly ScanResponse[],
  weighting: Weighting,
): ItemScore {
  const values: { roleGroup: RoleGroup; value: number }[] = [];
  for (const r of responses) {
    const level = levelOf(r.items[key]);
    if (level !== null) values.push({ roleGroup: r.roleGroup, value: level });
  }
  const w = weightedMean(values, weighting);
  return { key, pillar, score: w.mean, n: w.n, byRoleGroup: w.byRoleGroup };
}

/**
 * Staged level = the highest L such that at least 80 % of the scored items score ≥ L
 * (4 of 5 when all five have a score; items without any answer are left out); at least 1.
 * `null` when no item has a score.
 *
 * Why: a mean can hide a weak spot (four 5s and a 1 average 4.2); the staged level only
 * grants a level when nearly all of the pillar's themes are there.
 */
export function stagedLevel(itemScores: readonly (number | null)[]): LevelNumber | null {
  const scored = itemScores.filter((s): s is number => s !== null);
  if (scored.length === 0) return null;
  const needed = STAGED_LEVEL_SHARE * scored.length;
  let staged: LevelNumber = 1;
  for (const level of [2, 3, 4, 5] as const) {
    const reaching = scored.filter((s) => atLeast(s, level)).length;
    if (atLeast(reaching, needed)) staged = level;
    else break;
  }
  return staged;
}

/** Pillar figures from its item scores. */
export function pillarScore(pillar: PillarKey, items: readonly ItemScore[]): PillarScore {
  const scores = items.map((i) => i.score).filter((s): s is number => s !== null);
  const m = mean(scores);
  const staged = stagedLevel(scores);
  const unbalanced = m !== null && staged !== null && atLeast(m - staged, UNBALANCED_THRESHOLD);
  return { pillar, mean: m, stagedLevel: staged, unbalanced, itemsScored: scores.length, items };
}

/** Overall maturity: mean of the pillar means and the lowest staged level. */
export function overallScore(pillars: readonly PillarScore[]): OverallScore {
  const means = pillars.map((p) => p.mean).filter((m): m is number => m !== null);
  const levels = pillars.map((p) => p.stagedLevel).filter((l): l is LevelNumber => l !== null);
  const honest = levels.length === 0 ? null : (Math.min(...levels) as LevelNumber);
  return {
    mean: mean(means),
    honestLevel: honest,
    pillarsScored: means.length,
    complete: means.length === pillars.length,
  };
}

/**
 * Scores any set of (already validated) responses. Used for the whole engagement and for
 * subsets (a role group, a team, the merged "other" group).
 */
export function computeScores(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  weighting: Weighting,
): EngagementScores {
  const pillars = model.pillars.map((p) =>
    pillarScore(
      p.key,
      p.items.map((item) => itemScore(item.key, p.key, responses, weighting)),
    ),
  );
  return {
    modelVersion: model.version,
    weighting,
    respondents: responses.length,
    pillars,
    overall: overallScore(pillars),
  };
}

/** Validates the input and scores the engagement with its weighting setting. */
export function scoreEngagement(model: MaturityModel, input: EngagementInput): EngagementScores {
  const settings = validateResponses(model, input);
  return computeScores(model, input.responses, settings.weighting);
}

/** Looks up a pillar's figures. */
export function findPillar(scores: EngagementScores, pillar: PillarKey): PillarScore | undefined {
  return scores.pillars.find((p) => p.pillar === pillar);
}
