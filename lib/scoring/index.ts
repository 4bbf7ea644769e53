/**
 * Salesradar scoring engine — pure functions over the maturity model and submitted responses.
 * See docs/methodology.md for every definition in plain language.
 */
export * from "./types";
export * from "./errors";
export { atLeast, EPSILON, formatScore, mean, range, roundForDisplay, sampleSd, sampleVariance } from "./stats";
export type { Range } from "./stats";
export { checkK, findValidationErrors, resolveSettings, validateResponse, validateResponses } from "./validate";
export { respondentPillarScores } from "./respondent";
export type { RespondentPillarScore } from "./respondent";
export { computeScores, itemScore, overallScore, pillarScore, scoreEngagement, stagedLevel } from "./engagement";
export type { EngagementScores, GroupMean, ItemScore, OverallScore, PillarScore } from "./engagement";
export { consensusOf, consensusReport, consensusWord } from "./consensus";
export type { Consensus, ConsensusReport, ConsensusWord, ItemConsensus, PillarConsensus } from "./consensus";
export { answerSignals } from "./signals";
export type { AnswerCounts, AnswerSignals, ItemSignals, RoleGroupSignals } from "./signals";
export { compareGroups, teamOf } from "./groups";
export type { GroupComparison, RoleGroupScores, TeamScores } from "./groups";
export { perceptionGap } from "./perception";
export type { GapFigure, PerceptionGap } from "./perception";
export { ambitionGaps } from "./ambition";
export type { AmbitionGap } from "./ambition";
export { kpiEvidence, kpiFlags, levelCoverage } from "./kpi";
export type { KpiEvidence, KpiFlag, KpiResult, LevelCoverage } from "./kpi";
export { rescanDeltas } from "./rescan";
export type { ItemDelta, PillarDelta, RescanDeltas } from "./rescan";
export { benchmarkFigures, firmBenchmark } from "./benchmark";
export type { Benchmark, BenchmarkEntry, BenchmarkOptions } from "./benchmark";
export { clientSafeView, OTHER_GROUP_LABEL } from "./client-safe";
export type { ClientSafeGroup, ClientSafeTotal, ClientSafeView } from "./client-safe";
export type { ItemDistribution, PillarComments, SafeFigures, SafePillar } from "./safe-figures";
export { actionsForStep, draftRoadmap, phaseFor, PHASES, PILLARS_PER_START_PHASE, roadmapInputFrom, targetLevel } from "./roadmap";
export type { Phase, Roadmap, RoadmapInput, RoadmapPillar, RoadmapPillarInput, RoadmapStep } from "./roadmap";
export { analyseEngagement } from "./analyse";
export type { EngagementAnalysis } from "./analyse";
