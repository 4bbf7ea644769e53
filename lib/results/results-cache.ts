import "server-only";
/**
 * The consultant's results pages load and analyse the same engagement again on every click
 * (overview, pillars, groups, items, respondents …), which costs time in proportion to the
 * respondents. This process-local memo keeps the loaded responses and each weighting's analysis
 * under a fingerprint of the engagement's respondent rows, read with one indexed query on every
 * request: any submit, edit, erasure or new respondent changes the fingerprint (every write to
 * respondents bumps updated_at; a delete changes the count), so a stale result is never served,
 * on any instance. Bounded by the respondents it holds.
 */
import { and, eq, sql } from "drizzle-orm";
import { respondents } from "../../db/schema";
import type { EngagementAnalysis } from "../scoring/analyse";
import type { LoadedResponses, ResultsScope } from "./load";

/** Respondents held at most, over all cached engagements (~5 KB each as loaded). */
export const RESULTS_CACHE_RESPONDENTS = 20_000;

interface Entry {
  readonly fingerprint: string;
  readonly loaded: LoadedResponses;
  readonly analyses: Map<string, EngagementAnalysis | null>;
}

const holder = globalThis as typeof globalThis & { __resultsCache?: Map<string, Entry> };
const cache = () => (holder.__resultsCache ??= new Map());

/** count, submitted count and the latest change of the engagement's respondents. */
export async function respondentsFingerprint(scope: ResultsScope, engagementId: string): Promise<string> {
  const [row] = await scope.db
    .select({
      total: sql<number>`count(*)::int`,
      submitted: sql<number>`count(${respondents.submittedAt})::int`,
      changed: sql<string | null>`max(${respondents.updatedAt})::text`,
    })
    .from(respondents)
    .where(and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, scope.firm.id)));
  return `${row?.total ?? 0}/${row?.submitted ?? 0}/${row?.changed ?? ""}`;
}

/**
 * The loaded responses for the fingerprint: the cached ones when nothing changed, else `load()`'s
 * (then cached). `analyse(weighting)` results are kept with them.
 */
export async function cachedResults(
  key: { firmId: string; engagementId: string; fingerprint: string },
  load: () => Promise<LoadedResponses>,
): Promise<{ loaded: LoadedResponses; analysis: (variant: string, analyse: () => EngagementAnalysis | null) => EngagementAnalysis | null }> {
  const id = `${key.firmId}:${key.engagementId}`;
  const map = cache();
  let entry = map.get(id);
  if (!entry || entry.fingerprint !== key.fingerprint) {
    entry = { fingerprint: key.fingerprint, loaded: await load(), analyses: new Map() };
  }
  // Most recently used last; drop the oldest while over the bound.
  map.delete(id);
  map.set(id, entry);
  let held = [...map.values()].reduce((n, e) => n + e.loaded.responses.length, 0);
  for (const [oldest, e] of map) {
    if (held <= RESULTS_CACHE_RESPONDENTS || oldest === id) break;
    map.delete(oldest);
    held -= e.loaded.responses.length;
  }
  const analyses = entry.analyses;
  return {
    loaded: entry.loaded,
    analysis(variant, analyse) {
      if (!analyses.has(variant)) analyses.set(variant, analyse());
      return analyses.get(variant)!;
    },
  };
}
