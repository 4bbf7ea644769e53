import "server-only";
/**
 * Trend (this engagement against the client's previous one) and the firm benchmark (the firm's
 * other closed engagements). Both score the other engagements with lib/scoring and the same
 * weighting as the figures they are compared with, so like is compared with like.
 */
import { and, eq, inArray, ne, type SQL } from "drizzle-orm";
import { clients, engagements } from "../../db/schema";
import { getModel, MODEL_VERSIONS } from "../model";
import type { Benchmark, BenchmarkEntry } from "../scoring/benchmark";
import { firmBenchmark } from "../scoring/benchmark";
import type { EngagementScores } from "../scoring/engagement";
import { scoreEngagement } from "../scoring/engagement";
import type { RescanDeltas } from "../scoring/rescan";
import { rescanDeltas } from "../scoring/rescan";
import type { Weighting } from "../scoring/types";
import { freezeBenchmarkFigures } from "./benchmark-figures";
import { getResultsEngagement, type ResultsEngagement } from "./engagement";
import { loadSubmittedResponses, type ResultsScope } from "./load";
import type { BenchmarkFilter } from "./schemas";

export type Trend =
  | { readonly status: "none" }
  | {
      readonly status: "no_results";
      readonly previous: { readonly id: string; readonly title: string; readonly createdAt: Date; readonly n: number };
    }
  | {
      readonly status: "ok";
      readonly previous: { readonly id: string; readonly title: string; readonly createdAt: Date; readonly n: number; readonly k: number };
      readonly previousScores: EngagementScores;
      readonly deltas: RescanDeltas;
    };

/**
 * Deltas against the engagement's previous engagement (of the same firm), scored with
 * `weighting`. `none` without a previous engagement; `no_results` when it has fewer than
 * `minimum` submitted scans.
 */
export async function getTrend(
  scope: ResultsScope,
  engagement: ResultsEngagement,
  current: EngagementScores,
  weighting: Weighting,
  minimum = 1,
): Promise<Trend> {
  if (!engagement.previousEngagementId) return { status: "none" };
  const previous = await getResultsEngagement(scope, engagement.previousEngagementId);
  if (!Object.prototype.hasOwnProperty.call(MODEL_VERSIONS, previous.modelVersion)) return { status: "none" };
  const model = getModel(previous.modelVersion);
  const loaded = await loadSubmittedResponses(scope, previous.id, model, { people: false });
  const meta = { id: previous.id, title: previous.title, createdAt: previous.createdAt, n: loaded.responses.length };
  if (loaded.responses.length < minimum) return { status: "no_results", previous: meta };
  const previousScores = scoreEngagement(model, {
    modelVersion: model.version,
    responses: loaded.responses,
    settings: { weighting, k: previous.anonymityK },
  });
  return { status: "ok", previous: { ...meta, k: previous.anonymityK }, previousScores, deltas: rescanDeltas(current, previousScores) };
}

/** The engagement statuses whose figures are final enough to compare with. */
export const BENCHMARK_STATUSES = ["closed", "published"] as const;

export interface BenchmarkResult {
  readonly benchmark: Benchmark;
  /** Engagements in the selection (with at least one submitted scan). */
  readonly engagements: number;
  readonly filter: BenchmarkFilter;
}

/**
 * The firm benchmark: pillar means of the firm's closed (or published) engagements of other
 * clients, optionally of one industry and/or size band, each scored with `weighting`; a
 * client with several engagements counts once (lib/scoring firmBenchmark), shown only from 5
 * organisations. Reads each engagement's frozen figures (lib/results/benchmark-figures.ts).
 */
export async function getBenchmark(
  scope: ResultsScope,
  options: { excludeClientId: string; weighting: Weighting; filter: BenchmarkFilter },
): Promise<BenchmarkResult> {
  const conditions: SQL[] = [
    eq(engagements.firmId, scope.firm.id),
    inArray(engagements.status, [...BENCHMARK_STATUSES]),
    ne(engagements.clientId, options.excludeClientId),
  ];
  if (options.filter.industry) conditions.push(eq(clients.industry, options.filter.industry));
  if (options.filter.sizeBand) conditions.push(eq(clients.sizeBand, options.filter.sizeBand));
  const rows = await scope.db
    .select({ engagementId: engagements.id, clientId: engagements.clientId, figures: engagements.benchmarkFigures })
    .from(engagements)
    .innerJoin(clients, and(eq(clients.id, engagements.clientId), eq(clients.firmId, scope.firm.id)))
    .where(and(...conditions));
  const entries: BenchmarkEntry[] = [];
  for (const row of rows) {
    // Frozen at close; an engagement closed before the figures existed (or after an erasure) is frozen now, once.
    const figures = row.figures ?? (await freezeBenchmarkFigures(scope.db, scope.firm.id, row.engagementId));
    if (!figures) continue;
    entries.push({ clientId: row.clientId, engagementId: row.engagementId, pillarMeans: figures[options.weighting] });
  }
  return {
    benchmark: firmBenchmark(entries, { excludeClientId: options.excludeClientId }),
    engagements: entries.length,
    filter: options.filter,
  };
}
