/**
 * KPI evidence: is the claimed maturity backed by KPIs the organisation actually tracks?
 */
import { kpiEvidenceFromLevel } from "../model/evidence";
import type { LevelNumber, MaturityModel, PillarKey } from "../model/types";
import type { EngagementScores } from "./engagement";
import { computeScores } from "./engagement";
import { below } from "./stats";
import type { EngagementInput, ScanResponse } from "./types";
import { validateResponses } from "./validate";

export interface KpiResult {
  readonly key: string;
  readonly level: LevelNumber;
  readonly pillar: PillarKey;
  readonly yes: number;
  readonly no: number;
  readonly dontKnow: number;
  readonly unanswered: number;
  /** More than half of the yes/no answers are yes. */
  readonly tracked: boolean;
  /** False when nobody answered yes or no (so "not tracked" rests on no evidence). */
  readonly hasEvidence: boolean;
}

export interface LevelCoverage {
  readonly level: LevelNumber;
  readonly listed: number;
  readonly tracked: number;
  /** tracked / listed; `null` when the model lists no KPI for this level. */
  readonly coverage: number | null;
}

export interface KpiFlag {
  readonly pillar: PillarKey;
  readonly stagedLevel: LevelNumber;
  /** The KPI level that is not backed (2 … staged level). */
  readonly level: LevelNumber;
  readonly tracked: number;
  readonly listed: number;
  readonly coverage: number;
  /** This pillar's own KPIs of that level that are not tracked (supporting detail). */
  readonly untrackedPillarKpis: readonly string[];
}

export interface KpiEvidence {
  readonly kpis: readonly KpiResult[];
  readonly coverage: readonly LevelCoverage[];
  readonly flags: readonly KpiFlag[];
}

/**
 * A KPI is tracked when strictly more than half of the respondents who answered yes or no say
 * yes (don't know and empty answers are left out; a tie is not tracked).
 */
export function kpiResults(model: MaturityModel, responses: readonly ScanResponse[]): KpiResult[] {
  return model.kpis.map((kpi) => {
    let yes = 0;
    let no = 0;
    let dontKnow = 0;
    let unanswered = 0;
    for (const r of responses) {
      const a = r.kpis[kpi.key];
      if (a === "yes") yes++;
      else if (a === "no") no++;
      else if (a === "dont_know") dontKnow++;
      else unanswered++;
    }
    return {
      key: kpi.key,
      level: kpi.level,
      pillar: kpi.pillar,
      yes,
      no,
      dontKnow,
      unanswered,
      tracked: yes > no,
      hasEvidence: yes + no > 0,
    };
  });
}

/** Coverage per level = tracked KPIs of that level / KPIs the model lists for that level. */
export function levelCoverage(results: readonly KpiResult[]): LevelCoverage[] {
  return ([1, 2, 3, 4, 5] as const).map((level) => {
    const atLevel = results.filter((k) => k.level === level);
    const tracked = atLevel.filter((k) => k.tracked).length;
    return { level, listed: atLevel.length, tracked, coverage: atLevel.length === 0 ? null : tracked / atLevel.length };
  });
}

/**
 * "Claimed maturity not backed by KPIs": for a pillar with staged level S, every level L from
 * `fromLevel` to S whose coverage (over ALL KPIs of level L, not only the pillar's own) is below
 * one half gives a flag. Each failing level is reported separately, so the consultant sees where
 * the evidence stops. Levels below `fromLevel` are never flagged: 2026.1 starts at 2 (every
 * organisation is at least at level 1); 2026.2 at 3 (its level-1/2 KPIs are activity counts,
 * basics rather than evidence of maturity — see the model's `kpiEvidenceFromLevel`).
 */
export function kpiFlags(
  scores: EngagementScores,
  coverage: readonly LevelCoverage[],
  results: readonly KpiResult[],
  fromLevel: LevelNumber = 2,
): KpiFlag[] {
  const flags: KpiFlag[] = [];
  for (const p of scores.pillars) {
    const staged = p.stagedLevel;
    if (staged === null) continue;
    for (const c of coverage) {
      if (c.level < fromLevel || c.level > staged || c.coverage === null) continue;
      if (!below(c.coverage, 0.5)) continue;
      flags.push({
        pillar: p.pillar,
        stagedLevel: staged,
        level: c.level,
        tracked: c.tracked,
        listed: c.listed,
        coverage: c.coverage,
        untrackedPillarKpis: results.filter((k) => k.level === c.level && k.pillar === p.pillar && !k.tracked).map((k) => k.key),
      });
    }
  }
  return flags;
}

/** KPI results, coverage and flags for given responses and scores. */
export function computeKpiEvidence(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  scores: EngagementScores,
): KpiEvidence {
  const kpis = kpiResults(model, responses);
  const coverage = levelCoverage(kpis);
  return { kpis, coverage, flags: kpiFlags(scores, coverage, kpis, kpiEvidenceFromLevel(model)) };
}

/** Validates the input and computes the KPI evidence. */
export function kpiEvidence(model: MaturityModel, input: EngagementInput): KpiEvidence {
  const settings = validateResponses(model, input);
  return computeKpiEvidence(model, input.responses, computeScores(model, input.responses, settings.weighting));
}
