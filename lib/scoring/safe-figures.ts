/**
 * Aggregate figures of one set of respondents as the client-safe view shows them.
 * Callers decide whether the set is large enough; nothing here carries a respondent id.
 */
import type { ItemKey, LevelNumber, MaturityModel, PillarKey } from "../model/types";
import { computeScores } from "./engagement";
import type { ScanResponse, Weighting } from "./types";

export interface SafePillar {
  readonly pillar: PillarKey;
  readonly mean: number | null;
  readonly stagedLevel: LevelNumber | null;
  readonly unbalanced: boolean;
  readonly items: readonly { readonly key: ItemKey; readonly score: number | null }[];
}

export interface ItemDistribution {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  /** Number of answers per level. */
  readonly levels: Readonly<Record<LevelNumber, number>>;
  readonly dontKnow: number;
  readonly notApplicable: number;
}

export interface PillarComments {
  readonly pillar: PillarKey;
  /** Trimmed, non-empty, sorted alphabetically (so the order reveals nobody). */
  readonly texts: readonly string[];
}

export interface SafeFigures {
  readonly n: number;
  readonly overall: { readonly mean: number | null; readonly honestLevel: LevelNumber | null };
  readonly pillars: readonly SafePillar[];
  /** Only for the total, when the disclosure check allows them; `null` otherwise. */
  readonly distributions: readonly ItemDistribution[] | null;
  /** Only for the total with ≥ max(5, k) respondents; `null` otherwise (free text cannot be averaged away). */
  readonly comments: readonly PillarComments[] | null;
}

/** A pillar's figures as shown to clients, field by field (from the scores or a stored copy). */
export function safePillar(p: SafePillar): SafePillar {
  return {
    pillar: p.pillar,
    mean: p.mean,
    stagedLevel: p.stagedLevel,
    unbalanced: p.unbalanced,
    items: p.items.map((i) => ({ key: i.key, score: i.score })),
  };
}

/** Answer counts per item. */
export function itemDistributions(model: MaturityModel, responses: readonly ScanResponse[]): ItemDistribution[] {
  return model.pillars.flatMap((p) =>
    p.items.map((item) => {
      const levels: Record<LevelNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
      let dontKnow = 0;
      let notApplicable = 0;
      for (const r of responses) {
        const a = r.items[item.key];
        if (a === "dont_know") dontKnow++;
        else if (a === "not_applicable") notApplicable++;
        else if (a !== undefined) levels[a]++;
      }
      return { key: item.key, pillar: p.key, levels, dontKnow, notApplicable };
    }),
  );
}

/** Comments per pillar, sorted so their order does not follow the respondents' order. */
export function pillarComments(model: MaturityModel, responses: readonly ScanResponse[]): PillarComments[] {
  return model.pillars.map((p) => ({
    pillar: p.key,
    texts: responses
      .map((r) => r.comments?.[p.key]?.trim() ?? "")
      .filter((t) => t !== "")
      .sort(),
  }));
}

/** What besides the scores a cell publishes (decided by the disclosure check and the comment rule). */
export interface FigureDetail {
  readonly distributions: boolean;
  readonly comments: boolean;
}

/** Figures of a set of respondents; distributions and comments only when asked for. */
export function safeFigures(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  weighting: Weighting,
  detail: FigureDetail = { distributions: false, comments: false },
): SafeFigures {
  const scores = computeScores(model, responses, weighting);
  return {
    n: responses.length,
    overall: { mean: scores.overall.mean, honestLevel: scores.overall.honestLevel },
    pillars: scores.pillars.map(safePillar),
    distributions: detail.distributions ? itemDistributions(model, responses) : null,
    comments: detail.comments ? pillarComments(model, responses) : null,
  };
}
