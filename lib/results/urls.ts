/** Links between the results pages; the weighting choice travels along when it is not the default. Pure. */

export const RESULTS_SECTIONS = ["overview", "pillars", "groups", "items", "respondents", "kpis", "trend", "rating"] as const;
export type ResultsSection = (typeof RESULTS_SECTIONS)[number];

export type QueryValues = Readonly<Record<string, string | readonly string[] | null | undefined>>;

/** `?a=1&b=x&b=y` from the given values (empty and null ones left out); "" when none. */
export function queryString(values: QueryValues = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    for (const v of typeof value === "string" ? [value] : value) if (v !== "") search.append(key, v);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The path of a results section (or of a sub-page below it) with query values. */
export function resultsHref(engagementId: string, section: ResultsSection, query: QueryValues = {}, sub?: string): string {
  const base = `/engagements/${engagementId}/results${section === "overview" ? "" : `/${section}`}`;
  return `${base}${sub ? `/${encodeURIComponent(sub)}` : ""}${queryString(query)}`;
}

/** The CSV downloads. */
export function exportHref(engagementId: string, kind: "answers" | "aggregates"): string {
  return `/engagements/${engagementId}/results/export/${kind}`;
}
