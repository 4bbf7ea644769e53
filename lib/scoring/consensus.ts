/**
 * Consensus: how much respondents agree, per item and per pillar.
 */
import type { ItemKey, MaturityModel, PillarKey } from "../model/types";
import type { RespondentPillarScore } from "./respondent";
import { computeRespondentPillarScores, levelOf } from "./respondent";
import type { Range } from "./stats";
import { above, below, range, sampleSd, sampleVariance } from "./stats";
import type { EngagementInput, ScanResponse } from "./types";
import {
  EXPECTED_RANDOM_VARIANCE,
  MIN_ANSWERS_FOR_CONSENSUS,
  RWG_DISCUSS_BELOW,
  RWG_STRONGLY_DIVIDED_AT,
  SD_DISCUSS_ABOVE,
} from "./types";
import { validateResponses } from "./validate";

export interface Consensus {
  /** Number of answers (levels, or sufficient respondent pillar scores). */
  readonly n: number;
  /** Sample SD (n − 1); `null` with fewer than 3 answers. */
  readonly sd: number | null;
  /** Lowest and highest answer; `null` with no answers. Given from 1 answer on. */
  readonly range: Range | null;
  /** r_wg truncated to [0, 1]; `null` with fewer than 3 answers. */
  readonly rwg: number | null;
  /** r_wg before truncation (can be negative); `null` with fewer than 3 answers. */
  readonly rwgRaw: number | null;
  /** r_wg < 0.70 or SD > 1.1; `null` with fewer than 3 answers. */
  readonly discuss: boolean | null;
}

/**
 * Consensus of a set of answers on the 1–5 scale.
 *
 * - SD: sample standard deviation, n − 1 in the denominator (as R's `var()`, used by the
 *   `rwg` function of the R package `multilevel`).
 * - r_wg = 1 − s² / 2, where 2 = (5² − 1) / 12 is the variance of a uniformly random answer over
 *   five options (James, Demaree & Wolf 1984). 1 = full agreement, 0 = as spread as random.
 *   When respondents disagree more than random (s² > 2, e.g. a split between 1s and 5s) the raw
 *   value is negative; following common practice we truncate it to 0 (`rwg`), and keep the raw
 *   value in `rwgRaw` for the consultant.
 * - "Discuss in the workshop" when r_wg < 0.70 or SD > 1.1. (r_wg < 0.70 already means
 *   SD > 0.77, so in practice the r_wg rule triggers first; the SD rule is kept as designed.)
 * - With fewer than 3 answers only the range is given: an SD of two people is not a consensus.
 */
export function consensusOf(values: readonly number[]): Consensus {
  const n = values.length;
  const r = range(values);
  if (n < MIN_ANSWERS_FOR_CONSENSUS) {
    return { n, sd: null, range: r, rwg: null, rwgRaw: null, discuss: null };
  }
  const variance = sampleVariance(values) as number;
  const sd = sampleSd(values) as number;
  const rwgRaw = 1 - variance / EXPECTED_RANDOM_VARIANCE;
  const rwg = Math.min(1, Math.max(0, rwgRaw));
  const discuss = below(rwg, RWG_DISCUSS_BELOW) || above(sd, SD_DISCUSS_ABOVE);
  return { n, sd, range: r, rwg, rwgRaw, discuss };
}

export interface ItemConsensus extends Consensus {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
}

export interface PillarConsensus extends Consensus {
  readonly pillar: PillarKey;
  /** Respondents left out because their pillar score is insufficient (< 3 items answered). */
  readonly insufficientRespondents: number;
}

export interface ConsensusReport {
  readonly items: readonly ItemConsensus[];
  readonly pillars: readonly PillarConsensus[];
}

/**
 * Item consensus over the individual answers (levels only); pillar consensus over the
 * respondents' pillar scores, leaving out insufficient ones. Consensus always looks at
 * individual respondents, whatever the weighting setting.
 */
export function computeConsensus(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  /** The responses' pillar scores when the caller has them already (same order as `responses`). */
  respondentScores?: readonly (readonly RespondentPillarScore[])[],
): ConsensusReport {
  const items: ItemConsensus[] = [];
  for (const pillar of model.pillars) {
    for (const item of pillar.items) {
      const values = responses
        .map((r) => levelOf(r.items[item.key]))
        .filter((v): v is number => v !== null);
      items.push({ key: item.key, pillar: pillar.key, ...consensusOf(values) });
    }
  }
  // The responses are validated by every caller before this point.
  const perRespondent = respondentScores ?? responses.map((r) => computeRespondentPillarScores(model, r));
  const pillars: PillarConsensus[] = model.pillars.map((pillar, index) => {
    const scores: number[] = [];
    let insufficient = 0;
    for (const list of perRespondent) {
      const s = list[index];
      if (!s || s.score === null) insufficient++;
      else scores.push(s.score);
    }
    return { pillar: pillar.key, insufficientRespondents: insufficient, ...consensusOf(scores) };
  });
  return { items, pillars };
}

/** Validates the input and computes the consensus report. */
export function consensusReport(model: MaturityModel, input: EngagementInput): ConsensusReport {
  validateResponses(model, input);
  return computeConsensus(model, input.responses);
}

/** How the consensus is put to a client, in words instead of the statistic. */
export type ConsensusWord = "united" | "divided" | "strongly_divided";

/**
 * The consensus in plain words, with the method's thresholds: united ("eensgezind") when it
 * need not be discussed (r_wg ≥ 0.70 and SD ≤ 1.1); strongly divided ("sterk verdeeld") when
 * the answers are at least as spread out as random answers (r_wg truncated to 0, SD² ≥ 2);
 * divided ("verdeeld") in between. `null` when there are too few answers for a figure.
 */
export function consensusWord(c: { readonly rwg: number | null; readonly discuss: boolean | null }): ConsensusWord | null {
  if (c.rwg === null || c.discuss === null) return null;
  if (!c.discuss) return "united";
  return c.rwg <= RWG_STRONGLY_DIVIDED_AT ? "strongly_divided" : "divided";
}
