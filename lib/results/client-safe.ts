import "server-only";
/**
 * THE one function that builds what a client manager, a client-facing export and the PDF may
 * see of an engagement's results. It is built on lib/scoring's clientSafeView (one disclosure
 * check over all published cells, comments and distributions for the total only, no respondent
 * ids) with the engagement's own anonymity threshold and weighting. Client-facing channels must
 * call this (reports: cut down by lib/reports/snapshot's reportResults) and nothing else: never
 * getEngagementResults, never the scoring engine on raw responses.
 *
 * Besides the client-safe view it carries the consultant's ratings (the consultant's own
 * judgement, not respondent data), the trend against the previous engagement (only when both
 * engagements reach their k, so no small-n figure slips through) and the firm benchmark
 * (itself hidden below 5 organisations). Respondent names are never even loaded.
 */
import { getModel } from "../model";
import { clientSafeView, type ClientSafeView } from "../scoring/client-safe";
import type { RescanDeltas } from "../scoring/rescan";
import { scoreEngagement } from "../scoring/engagement";
import type { Benchmark } from "../scoring/benchmark";
import { getBenchmark, getTrend } from "./compare";
import { getResultsEngagement } from "./engagement";
import { loadSubmittedResponses, type ResultsScope } from "./load";
import { listRatings, type ConsultantRatingView } from "./ratings";

export interface ClientSafeResults {
  readonly engagement: {
    readonly id: string;
    readonly title: string;
    readonly clientName: string;
    readonly status: string;
    readonly modelVersion: string;
    readonly closesAt: Date | null;
  };
  readonly view: ClientSafeView;
  /** The consultant's own level and note per pillar; shown beside the figures, never mixed in. */
  readonly ratings: readonly Pick<ConsultantRatingView, "pillar" | "level" | "note">[];
  /** Pillar (and same-version item) deltas; `null` unless both engagements have ≥ their k scans. */
  readonly trend: { readonly previousTitle: string; readonly deltas: RescanDeltas } | null;
  /** `null` when the view itself is withheld (too few responses). */
  readonly benchmark: Benchmark | null;
}

export async function clientSafeResults(scope: ResultsScope, engagementId: string): Promise<ClientSafeResults> {
  const engagement = await getResultsEngagement(scope, engagementId);
  const model = getModel(engagement.modelVersion);
  const { responses } = await loadSubmittedResponses(scope, engagement.id, model, { people: false });
  const settings = { weighting: engagement.weighting, k: engagement.anonymityK };
  const input = { modelVersion: model.version, responses, settings };
  const view = clientSafeView(model, input);
  const ratings = (await listRatings(scope, engagement.id)).map(({ pillar, level, note }) => ({ pillar, level, note }));
  let trend: ClientSafeResults["trend"] = null;
  let benchmark: Benchmark | null = null;
  if (view.status === "ok") {
    const current = scoreEngagement(model, input);
    const t = await getTrend(scope, engagement, current, engagement.weighting);
    if (t.status === "ok" && t.previous.n >= t.previous.k) trend = { previousTitle: t.previous.title, deltas: t.deltas };
    benchmark = (
      await getBenchmark(scope, {
        excludeClientId: engagement.clientId,
        weighting: engagement.weighting,
        filter: { industry: null, sizeBand: null },
      })
    ).benchmark;
  }
  return {
    engagement: {
      id: engagement.id,
      title: engagement.title,
      clientName: engagement.clientName,
      status: engagement.status,
      modelVersion: engagement.modelVersion,
      closesAt: engagement.closesAt,
    },
    view,
    ratings,
    trend,
    benchmark,
  };
}
