/**
 * Everything the consultant's results page needs, computed in one pass.
 * Contains respondent ids (per-respondent scores): consultant-side only. Client channels use
 * `clientSafeView`.
 */
import type { MaturityModel } from "../model/types";
import type { AmbitionGap } from "./ambition";
import { computeAmbition } from "./ambition";
import type { ConsensusReport } from "./consensus";
import { computeConsensus } from "./consensus";
import type { EngagementScores } from "./engagement";
import { computeScores } from "./engagement";
import type { GroupComparison } from "./groups";
import { computeGroups } from "./groups";
import type { KpiEvidence } from "./kpi";
import { computeKpiEvidence } from "./kpi";
import type { PerceptionGap } from "./perception";
import { computePerceptionGap } from "./perception";
import type { RespondentPillarScore } from "./respondent";
import { computeRespondentPillarScores } from "./respondent";
import type { AnswerSignals } from "./signals";
import { computeSignals } from "./signals";
import type { EngagementInput, ScoringSettings } from "./types";
import { validateResponses } from "./validate";

export interface EngagementAnalysis {
  readonly settings: ScoringSettings;
  readonly scores: EngagementScores;
  readonly respondents: readonly { readonly respondentId: string; readonly pillars: readonly RespondentPillarScore[] }[];
  readonly consensus: ConsensusReport;
  readonly signals: AnswerSignals;
  readonly groups: GroupComparison;
  readonly perceptionGap: PerceptionGap;
  readonly ambition: readonly AmbitionGap[];
  readonly kpis: KpiEvidence;
}

/** Validates the input once and computes every consultant-side figure. */
export function analyseEngagement(model: MaturityModel, input: EngagementInput): EngagementAnalysis {
  const settings = validateResponses(model, input);
  const { responses } = input;
  const scores = computeScores(model, responses, settings.weighting);
  // Validated once above; the per-respondent scores are computed once and shared with consensus.
  const perRespondent = responses.map((r) => computeRespondentPillarScores(model, r));
  return {
    settings,
    scores,
    respondents: responses.map((r, i) => ({ respondentId: r.respondentId, pillars: perRespondent[i]! })),
    consensus: computeConsensus(model, responses, perRespondent),
    signals: computeSignals(model, responses),
    groups: computeGroups(model, responses, settings.weighting),
    perceptionGap: computePerceptionGap(model, responses, settings.weighting),
    ambition: computeAmbition(model, responses, scores),
    kpis: computeKpiEvidence(model, responses, scores),
  };
}
