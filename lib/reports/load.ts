import "server-only";
/**
 * What the PDF is rendered from (lib/pdf ReportData), for
 * - the current draft: live client-safe results and the current roadmap ("draft"), or
 * - a published version: the frozen results and roadmap of that version ("published"), re-checked
 *   against the disclosure check when frozen before it (served.ts).
 * Independent of any session: db and firm are passed in and every read is firm-checked, so the
 * client managers' portal can use it for published versions. Nothing here ever reads the
 * consultant-side results.
 */
import { and, eq } from "drizzle-orm";
import { firms, roadmaps } from "../../db/schema";
import type { Executor } from "../../db/types";
import { getReportBranding } from "../branding/queries";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";
import type { Locale } from "../model/types";
import type { ReportData } from "../pdf/types";
import { clientSafeResults } from "../results/client-safe";
import { servedResults } from "./served";
import { reportResults } from "./snapshot";
import { getLatestReportVersion, getReportVersion } from "./versions";

/** "draft" (consultants only), the "latest" published version, or a version number. */
export type ReportVersionChoice = "draft" | "latest" | number;

export interface LoadReportOptions {
  readonly version: ReportVersionChoice;
  /** The report language; default the firm's report language. */
  readonly locale?: Locale | null;
  /** The cover date of a draft. */
  readonly now?: Date;
}

/** The firm's default report language (firms.report_locale). */
export async function firmReportLocale(db: Executor, firmId: string): Promise<Locale> {
  const [row] = await db.select({ reportLocale: firms.reportLocale }).from(firms).where(eq(firms.id, firmId));
  if (!row) throw new NotFoundError("firm");
  return row.reportLocale;
}

/** Not found for another firm's engagement, a malformed id, an unknown version, or a draft without roadmap. */
export async function loadReportData(db: Executor, firmId: string, engagementId: string, options: LoadReportOptions): Promise<ReportData> {
  if (!isUuid(firmId) || !isUuid(engagementId)) throw new NotFoundError("engagement");
  const locale = options.locale ?? (await firmReportLocale(db, firmId));
  if (options.version === "draft") {
    const [roadmap] = await db
      .select({ document: roadmaps.document })
      .from(roadmaps)
      .where(and(eq(roadmaps.engagementId, engagementId), eq(roadmaps.firmId, firmId)));
    if (!roadmap) throw new NotFoundError("roadmap");
    const results = reportResults(await clientSafeResults({ db, firm: { id: firmId } }, engagementId));
    const branding = await getReportBranding(db, firmId);
    return { locale, branding, results, roadmap: roadmap.document, status: "draft", version: null, issuedAt: options.now ?? new Date() };
  }
  const number = options.version === "latest" ? (await getLatestReportVersion(db, firmId, engagementId))?.version : options.version;
  const stored = number === undefined ? null : await getReportVersion(db, firmId, engagementId, number);
  if (!stored) throw new NotFoundError("report");
  const branding = await getReportBranding(db, firmId);
  return {
    locale,
    branding,
    results: (await servedResults(db, firmId, engagementId, stored.results)).results,
    roadmap: stored.roadmap,
    status: "published",
    version: stored.version,
    issuedAt: stored.publishedAt,
  };
}

/** For client-facing callers (the managers' portal): published versions only, never the draft. */
export async function loadPublishedReportData(
  db: Executor,
  firmId: string,
  engagementId: string,
  options: { readonly version: "latest" | number; readonly locale?: Locale | null },
): Promise<ReportData> {
  if (options.version !== "latest" && typeof options.version !== "number") throw new NotFoundError("report");
  return loadReportData(db, firmId, engagementId, options);
}
