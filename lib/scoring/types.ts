/**
 * Input types and shared constants of the scoring engine.
 *
 * The engine is pure: it receives the model (the instrument) and the submitted responses and
 * returns plain, serialisable data. It never reads a database, a clock or a random source.
 *
 * Only SUBMITTED responses may be passed in. Filtering out drafts, revoked links and erased
 * respondents is the caller's job; the engine scores whatever it is given.
 */
import type { ItemKey, LevelNumber, PillarKey, RoleGroup } from "../model/types";

/** One item answer: a level 1–5, or one of the two options outside the scale. */
export type ItemAnswer = LevelNumber | "dont_know" | "not_applicable";

/** One KPI answer: does the organisation track and review this KPI at least monthly? */
export type KpiAnswer = "yes" | "no" | "dont_know";

/**
 * One respondent's submitted scan.
 * Missing keys mean "not answered" and are treated like don't know: excluded from every mean.
 */
export interface ScanResponse {
  readonly respondentId: string;
  readonly roleGroup: RoleGroup;
  readonly team?: string | null;
  readonly items: Readonly<Partial<Record<ItemKey, ItemAnswer>>>;
  readonly desired: Readonly<Partial<Record<PillarKey, LevelNumber>>>;
  readonly importance: Readonly<Partial<Record<PillarKey, LevelNumber>>>;
  readonly kpis: Readonly<Partial<Record<string, KpiAnswer>>>;
  readonly comments?: Readonly<Partial<Record<PillarKey, string>>>;
}

/** Alias with the name used in the design brief (avoid clashing with the DOM `Response`). */
export type Response = ScanResponse;

/**
 * How an engagement item score is built from the answers.
 * - `role_group` (default): mean of the role-group means, so twelve reps do not drown two managers.
 * - `respondent`: plain mean of all answers.
 */
export type Weighting = "role_group" | "respondent";

export interface ScoringSettings {
  readonly weighting: Weighting;
  /** Anonymity threshold: a group's figures are shown to clients only with ≥ k respondents. */
  readonly k: number;
}

/** Everything needed to score one engagement. `modelVersion` must equal the model's version. */
export interface EngagementInput {
  readonly modelVersion: string;
  readonly responses: readonly ScanResponse[];
  readonly settings?: Partial<ScoringSettings>;
}

/** The lowest anonymity threshold the product allows. */
export const MIN_K = 3;
/** The default anonymity threshold. */
export const DEFAULT_K = 3;
/** Answer distributions and comments need at least this many respondents (or k, if higher). */
export const MIN_N_FOR_DISTRIBUTIONS = 5;
/** A respondent's pillar score needs at least this many answered items. */
export const MIN_ANSWERED_ITEMS_PER_PILLAR = 3;
/** SD and r_wg need at least this many answers; below it only the range is given. */
export const MIN_ANSWERS_FOR_CONSENSUS = 3;
/** Share of the scored items that must reach a level for the staged level. */
export const STAGED_LEVEL_SHARE = 0.8;
/** Unbalanced when pillar mean − staged level ≥ this. */
export const UNBALANCED_THRESHOLD = 1;
/** Perception gap flagged when |management − rest| ≥ this. */
export const PERCEPTION_GAP_THRESHOLD = 1;
/** "Discuss in the workshop" when r_wg is below this … */
export const RWG_DISCUSS_BELOW = 0.7;
/** … or the SD is above this. */
export const SD_DISCUSS_ABOVE = 1.1;
/** "Strongly divided" when r_wg is at or below this: answers as spread out as chance, or more. */
export const RWG_STRONGLY_DIVIDED_AT = 0;
/** Variance of a uniform answer over five options: (A² − 1) / 12 with A = 5. */
export const EXPECTED_RANDOM_VARIANCE = 2;
/** The firm benchmark needs at least this many distinct client organisations. */
export const MIN_BENCHMARK_ORGANISATIONS = 5;
