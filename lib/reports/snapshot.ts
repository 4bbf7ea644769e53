/**
 * What a published report version freezes (report_versions.results, jsonb) and how it comes back.
 * Data minimisation: only what the portal and the PDF show (lib/scoring/report-view.ts) — no
 * comments, answer distributions, trend or benchmark. JSON has no dates: they are stored as ISO
 * strings and revived on the way out. Pure.
 */
import type { ClientSafeResults } from "../results/client-safe";
import { reportView, type ReportView } from "../scoring/report-view";

/**
 * The disclosure rule a version was frozen under. Versions without it (published before the
 * check over all cells existed) are re-checked whenever they are served (served.ts).
 */
export const DISCLOSURE_RULE = 1;

export interface ReportResults {
  readonly engagement: ClientSafeResults["engagement"];
  readonly view: ReportView;
  /** The consultant's own level and note per pillar. */
  readonly ratings: ClientSafeResults["ratings"];
  /** 0 for versions frozen before the disclosure check (see DISCLOSURE_RULE). */
  readonly disclosureRule: number;
}

/** The JSON form stored in report_versions.results. */
export type SerialisedResults = Record<string, unknown>;

/** The part of the client-safe results a report shows, field by field. */
export function reportResults(results: ClientSafeResults): ReportResults {
  const { id, title, clientName, status, modelVersion, closesAt } = results.engagement;
  return {
    engagement: { id, title, clientName, status, modelVersion, closesAt },
    view: reportView(results.view),
    ratings: results.ratings.map(({ pillar, level, note }) => ({ pillar, level, note })),
    disclosureRule: DISCLOSURE_RULE,
  };
}

/** Dates become ISO strings; everything else is already plain data. */
export function serialiseResults(results: ReportResults): SerialisedResults {
  return JSON.parse(JSON.stringify(results)) as SerialisedResults;
}

const revivedDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new Error("stored report has an invalid date");
  return date;
};

/**
 * The stored JSON as ReportResults again, cut down to what a report shows (older versions stored
 * the whole client-safe results). Not yet re-checked: see served.ts.
 */
export function reviveResults(stored: SerialisedResults): ReportResults {
  const results = stored as unknown as ClientSafeResults & { disclosureRule?: number };
  const { id, title, clientName, status, modelVersion } = results.engagement;
  return {
    engagement: { id, title, clientName, status, modelVersion, closesAt: revivedDate(results.engagement.closesAt) },
    view: reportView(results.view),
    ratings: results.ratings.map(({ pillar, level, note }) => ({ pillar, level, note })),
    disclosureRule: typeof results.disclosureRule === "number" ? results.disclosureRule : 0,
  };
}
