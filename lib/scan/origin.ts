/**
 * Same-origin check for the scan's POST endpoints (defence in depth next to SameSite=Lax):
 * browsers send Sec-Fetch-Site; when they do, it must say "same-origin". Without it we fall
 * back to Origin, which must be one of ours — except "null", which browsers send for a
 * same-origin POST under Referrer-Policy: no-referrer.
 */
export function isSameOriginRequest(headers: Headers, allowedOrigins: readonly string[]): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = headers.get("origin");
  if (origin === null || origin === "null") return true;
  return allowedOrigins.includes(origin);
}

/** Only the scan's own pages are valid targets after a form post (no open redirect). */
export function safeScanPath(value: unknown): string {
  if (typeof value !== "string") return "/scan";
  return /^\/scan(\?intro=1|\/(pillar\/[1-9]|kpis|review|thanks))?$/.test(value) ? value : "/scan";
}
