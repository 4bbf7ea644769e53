/**
 * The roadmap draft: per pillar, one level at a time from the current staged level to the
 * target, with the model's actions and the KPIs to start tracking, spread over four phases.
 * The consultant edits the draft before publishing.
 */
import type { ImprovementAction, LevelNumber, MaturityModel, PillarKey, StepFromLevel } from "../model/types";
import type { AmbitionGap } from "./ambition";
import type { EngagementScores } from "./engagement";
import { InvalidLevelError, UnknownPillarError } from "./errors";
import { isLevel } from "./model-helpers";
import { checkModelVersion } from "./validate";
import type { KpiEvidence } from "./kpi";

export const PHASES = ["0-3", "3-6", "6-12", "12+"] as const;
/** Months from the start of the roadmap. */
export type Phase = (typeof PHASES)[number];

/** How many pillars start in the first phase, the next as many in the second, and so on. */
export const PILLARS_PER_START_PHASE = 2;

export interface RoadmapPillarInput {
  readonly pillar: PillarKey;
  readonly stagedLevel: LevelNumber | null;
  /** Desired level, weighted like the current score (see ambition.ts). */
  readonly desired: number | null;
  readonly priority: number | null;
}

export interface RoadmapInput {
  readonly modelVersion: string;
  readonly pillars: readonly RoadmapPillarInput[];
  /** Keys of the KPIs that are tracked already. */
  readonly trackedKpiKeys: readonly string[];
}

export interface RoadmapStep {
  readonly pillar: PillarKey;
  readonly fromLevel: StepFromLevel;
  readonly toLevel: LevelNumber;
  readonly phase: Phase;
  /** Keys of the model's actions for this pillar and step. */
  readonly actionKeys: readonly string[];
  /** Keys of this pillar's KPIs of level `toLevel` that are not tracked yet. */
  readonly kpiKeys: readonly string[];
}

export interface RoadmapPillar {
  readonly pillar: PillarKey;
  readonly current: LevelNumber | null;
  readonly target: LevelNumber | null;
  /** Where the target comes from: the rounded mean desired level, or current + 1. */
  readonly targetSource: "desired" | "current_plus_one" | null;
  /** Position in the phasing order (0 = first); `null` when the pillar has no steps. */
  readonly rank: number | null;
  readonly steps: readonly RoadmapStep[];
}

export interface Roadmap {
  readonly modelVersion: string;
  readonly pillars: readonly RoadmapPillar[];
  /** All steps, ordered by phase, then pillar rank, then level. */
  readonly steps: readonly RoadmapStep[];
}

/** The model's improvement actions for one pillar and step fromLevel → fromLevel + 1. */
export function actionsForStep(model: MaturityModel, pillar: PillarKey, fromLevel: StepFromLevel): ImprovementAction[] {
  return model.actions.filter((a) => a.pillar === pillar && a.fromLevel === fromLevel);
}

/**
 * Target level: the desired level (weighted like the current score) rounded half up (3.5 → 4); without desired levels,
 * current + 1; never above 5.
 */
export function targetLevel(current: LevelNumber, desired: number | null): { target: LevelNumber; source: "desired" | "current_plus_one" } {
  const raw = desired === null ? current + 1 : Math.floor(desired + 0.5 + 1e-9);
  return { target: Math.min(5, Math.max(1, raw)) as LevelNumber, source: desired === null ? "current_plus_one" : "desired" };
}

/**
 * Phasing rule (deterministic):
 * 1. Pillars with at least one step are ordered: lowest staged level first; then highest
 *    priority (a missing priority counts as lowest); then the model's pillar order.
 * 2. A pillar's first step starts in phase floor(rank / 2), capped at "6-12": the first two
 *    pillars start in "0-3", the next two in "3-6", the fifth in "6-12".
 * 3. Each next step of the same pillar goes one phase later, capped at "12+" (so steps of one
 *    pillar never go backwards, and L→L+1 always comes before L+1→L+2).
 */
export function phaseFor(rank: number, stepIndex: number): Phase {
  const start = Math.min(Math.floor(rank / PILLARS_PER_START_PHASE), 2);
  return PHASES[Math.min(start + stepIndex, PHASES.length - 1)] as Phase;
}

/**
 * Draft roadmap. Per pillar: from the current staged level to the target, one level at a time
 * (never a step L+1→L+2 before L→L+1); no steps when the target is not above the current level
 * or the pillar has no score. Each step lists the model's actions for it and the pillar's KPIs
 * of the step's target level that are not tracked yet.
 */
export function draftRoadmap(model: MaturityModel, input: RoadmapInput): Roadmap {
  checkModelVersion(model, input.modelVersion);
  for (const p of input.pillars) {
    if (!model.pillars.some((x) => x.key === p.pillar)) throw new UnknownPillarError(p.pillar);
    if (p.stagedLevel !== null && !isLevel(p.stagedLevel)) throw new InvalidLevelError(`${p.pillar}.stagedLevel`, p.stagedLevel);
    if (p.desired !== null && !(Number.isFinite(p.desired) && p.desired >= 1 && p.desired <= 5)) {
      throw new InvalidLevelError(`${p.pillar}.desired`, p.desired);
    }
  }
  const tracked = new Set(input.trackedKpiKeys);
  const order = model.pillars.map((p) => p.key);
  const planned = input.pillars.map((p) => {
    if (p.stagedLevel === null) return { p, target: null, source: null, levels: [] as StepFromLevel[] };
    const { target, source } = targetLevel(p.stagedLevel, p.desired);
    const levels: StepFromLevel[] = [];
    for (let l = p.stagedLevel; l < target; l++) levels.push(l as StepFromLevel);
    return { p, target, source, levels };
  });
  const ranked = planned
    .filter((x) => x.levels.length > 0)
    .sort(
      (a, b) =>
        (a.p.stagedLevel ?? 0) - (b.p.stagedLevel ?? 0) ||
        (b.p.priority ?? -Infinity) - (a.p.priority ?? -Infinity) ||
        order.indexOf(a.p.pillar) - order.indexOf(b.p.pillar),
    );
  const rankOf = new Map(ranked.map((x, i) => [x.p.pillar, i]));
  const pillars: RoadmapPillar[] = planned.map(({ p, target, source, levels }) => {
    const rank = rankOf.get(p.pillar) ?? null;
    const steps = levels.map((from, i) => ({
      pillar: p.pillar,
      fromLevel: from,
      toLevel: (from + 1) as LevelNumber,
      phase: phaseFor(rank ?? 0, i),
      actionKeys: actionsForStep(model, p.pillar, from).map((a) => a.key),
      kpiKeys: model.kpis.filter((k) => k.pillar === p.pillar && k.level === from + 1 && !tracked.has(k.key)).map((k) => k.key),
    }));
    return { pillar: p.pillar, current: p.stagedLevel, target, targetSource: source, rank, steps };
  });
  const steps = pillars
    .flatMap((p) => p.steps.map((s) => ({ s, rank: p.rank ?? 0 })))
    .sort((a, b) => PHASES.indexOf(a.s.phase) - PHASES.indexOf(b.s.phase) || a.rank - b.rank || a.s.fromLevel - b.s.fromLevel)
    .map((x) => x.s);
  return { modelVersion: model.version, pillars, steps };
}

/** Roadmap input from the engagement's scores, ambition gaps and KPI evidence. */
export function roadmapInputFrom(scores: EngagementScores, ambition: readonly AmbitionGap[], kpis: KpiEvidence): RoadmapInput {
  return {
    modelVersion: scores.modelVersion,
    pillars: scores.pillars.map((p) => {
      const a = ambition.find((x) => x.pillar === p.pillar);
      return { pillar: p.pillar, stagedLevel: p.stagedLevel, desired: a?.desired ?? null, priority: a?.priority ?? null };
    }),
    trackedKpiKeys: kpis.kpis.filter((k) => k.tracked).map((k) => k.key),
  };
}
