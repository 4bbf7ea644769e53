import "server-only";
/**
 * Results of one engagement for the consultant: the engagement, its submitted responses (one
 * query) and lib/scoring's analysis of them. Every figure comes from lib/scoring; this module
 * only loads and hands over. Consultant-side: it carries names and per-respondent scores, so
 * nothing client-facing may use it (client channels use clientSafeResults).
 */
import type { MaturityModel, RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import { getModel } from "../model";
import type { EngagementAnalysis } from "../scoring/analyse";
import { analyseEngagement } from "../scoring/analyse";
import type { ScanResponse, Weighting } from "../scoring/types";
import type { ResultsEngagement } from "./engagement";
import { getResultsEngagement } from "./engagement";
import type { ResultsPerson, ResultsScope } from "./load";
import { loadSubmittedResponses } from "./load";
import { cachedResults, respondentsFingerprint } from "./results-cache";

/**
 * Aggregate figures need at least this many submitted scans: with one, every "mean" is one
 * person's answer and every spread is undefined, so the pages explain that instead.
 */
export const MIN_SUBMISSIONS_FOR_RESULTS = 2;

export interface ResponseSummary {
  readonly total: number;
  readonly submitted: number;
  /** submitted / total; `null` when the engagement has no respondents. */
  readonly rate: number | null;
  /** Per role group: respondents and submitted scans (only groups with respondents). */
  readonly byRoleGroup: readonly { readonly roleGroup: RoleGroup; readonly total: number; readonly submitted: number }[];
}

export interface EngagementResults {
  readonly engagement: ResultsEngagement;
  readonly model: MaturityModel;
  /** The weighting the figures use (the URL's choice, else the engagement's setting). */
  readonly weighting: Weighting;
  readonly response: ResponseSummary;
  readonly people: readonly ResultsPerson[];
  readonly responses: readonly ScanResponse[];
  /** `null` with fewer than {@link MIN_SUBMISSIONS_FOR_RESULTS} submitted scans. */
  readonly analysis: EngagementAnalysis | null;
}

/** Loads and analyses an engagement (not found for another firm's or a malformed id). */
export async function getEngagementResults(
  scope: ResultsScope,
  engagementId: string,
  options: { weighting?: Weighting } = {},
): Promise<EngagementResults> {
  const engagement = await getResultsEngagement(scope, engagementId);
  const model = getModel(engagement.modelVersion);
  // Reused while the engagement's respondents are unchanged (lib/results/results-cache.ts).
  const fingerprint = await respondentsFingerprint(scope, engagement.id);
  const cached = await cachedResults({ firmId: scope.firm.id, engagementId: engagement.id, fingerprint }, () =>
    loadSubmittedResponses(scope, engagement.id, model),
  );
  const loaded = cached.loaded;
  const weighting = options.weighting ?? engagement.weighting;
  const submittedBy = new Map<RoleGroup, number>();
  for (const p of loaded.people) submittedBy.set(p.roleGroup, (submittedBy.get(p.roleGroup) ?? 0) + 1);
  const byRoleGroup = ROLE_GROUPS.map((roleGroup) => ({
    roleGroup,
    total: loaded.totalByRoleGroup[roleGroup],
    submitted: submittedBy.get(roleGroup) ?? 0,
  })).filter((g) => g.total > 0);
  const submitted = loaded.responses.length;
  const analysis = cached.analysis(`${model.version}/${weighting}/${engagement.anonymityK}`, () =>
    submitted >= MIN_SUBMISSIONS_FOR_RESULTS
      ? analyseEngagement(model, {
          modelVersion: model.version,
          responses: loaded.responses,
          settings: { weighting, k: engagement.anonymityK },
        })
      : null,
  );
  return {
    engagement,
    model,
    weighting,
    response: { total: loaded.total, submitted, rate: loaded.total === 0 ? null : submitted / loaded.total, byRoleGroup },
    people: loaded.people,
    responses: loaded.responses,
    analysis,
  };
}
