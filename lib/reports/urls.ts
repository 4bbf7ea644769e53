/** URLs of the report PDF (route app/api/engagements/[engagementId]/report) and its preview page. Pure. */
import { LOCALES, type Locale } from "../model/types";

export type ReportVersionParam = "draft" | "latest" | number;

export function reportHref(
  engagementId: string,
  request: { readonly version: ReportVersionParam; readonly locale?: Locale | null; readonly disposition?: "attachment" | "inline" },
): string {
  const query = new URLSearchParams({ version: String(request.version) });
  if (request.locale) query.set("lang", request.locale);
  if (request.disposition === "inline") query.set("disposition", "inline");
  return `/api/engagements/${encodeURIComponent(engagementId)}/report?${query.toString()}`;
}

export function previewHref(engagementId: string, version: ReportVersionParam, locale: Locale): string {
  const query = new URLSearchParams({ version: String(version), lang: locale });
  return `/engagements/${encodeURIComponent(engagementId)}/roadmap/preview?${query.toString()}`;
}

export interface ReportRequest {
  readonly version: ReportVersionParam;
  readonly locale: Locale | null;
  readonly disposition: "attachment" | "inline";
}

/** The query of a report URL; null for a malformed version (answered with 404). Unknown lang/disposition fall back to defaults. */
export function parseReportQuery(params: URLSearchParams): ReportRequest | null {
  const raw = params.get("version") ?? "latest";
  let version: ReportVersionParam;
  if (raw === "draft" || raw === "latest") version = raw;
  else if (/^[1-9]\d{0,8}$/.test(raw)) version = Number(raw);
  else return null;
  const lang = params.get("lang");
  const locale = (LOCALES as readonly string[]).includes(lang ?? "") ? (lang as Locale) : null;
  const disposition = params.get("disposition") === "inline" ? "inline" : "attachment";
  return { version, locale, disposition };
}
