/**
 * Client-safe results frozen into a published report version (jsonb) and back. JSON has no
 * dates: they are stored as ISO strings and revived on the way out, so a published report
 * renders exactly as the live one did. Pure.
 */
import type { ClientSafeResults } from "../results/client-safe";

/** The JSON form stored in report_versions.results. */
export type SerialisedResults = Record<string, unknown>;

/** Dates become ISO strings; everything else is already plain data. */
export function serialiseResults(results: ClientSafeResults): SerialisedResults {
  return JSON.parse(JSON.stringify(results)) as SerialisedResults;
}

const revivedDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new Error("stored report has an invalid date");
  return date;
};

/** The stored JSON as ClientSafeResults again (the only dates are the engagement's). */
export function reviveResults(stored: SerialisedResults): ClientSafeResults {
  const results = stored as unknown as ClientSafeResults;
  return { ...results, engagement: { ...results.engagement, closesAt: revivedDate(results.engagement.closesAt) } };
}
