import "server-only";
/**
 * A published version as it may be served to a client (portal page, PDF): revived, cut down to
 * what a report shows, and — when it was frozen before the disclosure check over all cells —
 * passed through that check again with the engagement's current membership (role group and
 * team of the submitted respondents; no answer is read). Never serves a cell the check forbids.
 */
import type { Executor } from "../../db/types";
import { getModel } from "../model";
import { submittedMembership } from "../results/membership";
import { recheckReportView } from "../scoring/report-view";
import { getLatestReportVersion, getReportVersion } from "./versions";
import { DISCLOSURE_RULE, reviveResults, type ReportResults, type SerialisedResults } from "./snapshot";

export interface ServedResults {
  readonly results: ReportResults;
  /** Set for versions frozen before the check: how many groups it took out when served. */
  readonly recheck: { readonly withheld: number } | null;
}

export async function servedResults(db: Executor, firmId: string, engagementId: string, stored: SerialisedResults): Promise<ServedResults> {
  const results = reviveResults(stored);
  if (results.disclosureRule >= DISCLOSURE_RULE) return { results, recheck: null };
  const people = await submittedMembership({ db, firm: { id: firmId } }, engagementId);
  const { view, withheld } = recheckReportView(getModel(results.view.modelVersion), results.view, people);
  return { results: { ...results, view }, recheck: { withheld } };
}

/**
 * For the consultant: when the latest version was frozen before the disclosure check, its number
 * and how many groups the re-check leaves out when it is served; null otherwise.
 */
export async function latestVersionRecheck(db: Executor, firmId: string, engagementId: string): Promise<{ readonly version: number; readonly withheld: number } | null> {
  const latest = await getLatestReportVersion(db, firmId, engagementId);
  const stored = latest ? await getReportVersion(db, firmId, engagementId, latest.version) : null;
  if (!stored) return null;
  const { recheck } = await servedResults(db, firmId, engagementId, stored.results);
  return recheck ? { version: stored.version, withheld: recheck.withheld } : null;
}
