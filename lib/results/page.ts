import "server-only";
/** What every consultant results page loads first: the results, with the weighting the URL asks for. */
import { orNotFound } from "../not-found";
import type { ResultsScope } from "./load";
import { getEngagementResults, type EngagementResults } from "./queries";
import { weightingChoice, type SearchParams } from "./schemas";

/** The engagement's results for a page; another firm's or an unknown engagement renders not-found. */
export function resultsForPage(scope: ResultsScope, engagementId: string, query: SearchParams): Promise<EngagementResults> {
  return orNotFound(getEngagementResults(scope, engagementId, { weighting: weightingChoice(query.weighting) }));
}
