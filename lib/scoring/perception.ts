/**
 * Perception gap: does management see the organisation differently from everyone else?
 */
import type { ItemKey, MaturityModel, PillarKey } from "../model/types";
import { computeScores } from "./engagement";
import { atLeast } from "./stats";
import type { EngagementInput, ScanResponse, Weighting } from "./types";
import { PERCEPTION_GAP_THRESHOLD } from "./types";
import { validateResponses } from "./validate";

export interface GapFigure {
  readonly management: number | null;
  readonly rest: number | null;
  /** management − rest; `null` when either side has no score. */
  readonly gap: number | null;
  /** |gap| ≥ 1.0. */
  readonly flagged: boolean;
}

export interface PerceptionGap {
  /** False when there are no management respondents or no others. */
  readonly available: boolean;
  readonly managementN: number;
  readonly restN: number;
  readonly pillars: readonly (GapFigure & { readonly pillar: PillarKey })[];
  readonly items: readonly (GapFigure & { readonly key: ItemKey; readonly pillar: PillarKey })[];
}

function gapFigure(management: number | null, rest: number | null): GapFigure {
  const gap = management === null || rest === null ? null : management - rest;
  return { management, rest, gap, flagged: gap !== null && atLeast(Math.abs(gap), PERCEPTION_GAP_THRESHOLD) };
}

/**
 * Perception gap = management score − score of all other respondents, per pillar (pillar means)
 * and per item. Each side is scored with the engagement's weighting (for "the rest" with
 * role-group weighting: the mean of the other role groups' means). Flagged at an absolute gap
 * of 1.0 or more: a full level apart is worth a conversation.
 */
export function computePerceptionGap(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  weighting: Weighting,
): PerceptionGap {
  const management = responses.filter((r) => r.roleGroup === "management");
  const rest = responses.filter((r) => r.roleGroup !== "management");
  const m = computeScores(model, management, weighting);
  const o = computeScores(model, rest, weighting);
  const pillars = m.pillars.map((mp, index) => {
    const op = o.pillars[index];
    return { pillar: mp.pillar, ...gapFigure(mp.mean, op?.mean ?? null) };
  });
  const restItems = new Map(o.pillars.flatMap((p) => p.items).map((i) => [i.key, i.score]));
  const items = m.pillars.flatMap((p) =>
    p.items.map((i) => ({ key: i.key, pillar: i.pillar, ...gapFigure(i.score, restItems.get(i.key) ?? null) })),
  );
  return {
    available: management.length > 0 && rest.length > 0,
    managementN: management.length,
    restN: rest.length,
    pillars,
    items,
  };
}

/** Validates the input and computes the perception gap. */
export function perceptionGap(model: MaturityModel, input: EngagementInput): PerceptionGap {
  const settings = validateResponses(model, input);
  return computePerceptionGap(model, input.responses, settings.weighting);
}
