import "server-only";
/**
 * Published report versions of an engagement. Independent of any session: the caller passes
 * the database and the firm (a consultant's firm, or the firm of a client manager's client),
 * and every read is filtered by that firm, so a foreign or malformed id finds nothing.
 */
import { and, desc, eq } from "drizzle-orm";
import { reportVersions, type ReportVersion } from "../../db/schema";
import type { Executor } from "../../db/types";
import { isUuid } from "../ids";

export interface ReportVersionSummary {
  readonly id: string;
  readonly engagementId: string;
  readonly version: number;
  readonly roadmapRevision: number;
  readonly publishedAt: Date;
}

const summaryColumns = {
  id: reportVersions.id,
  engagementId: reportVersions.engagementId,
  version: reportVersions.version,
  roadmapRevision: reportVersions.roadmapRevision,
  publishedAt: reportVersions.publishedAt,
};

/** The highest published version, or null (none yet, another firm's engagement, malformed id). */
export async function getLatestReportVersion(db: Executor, firmId: string, engagementId: string): Promise<ReportVersionSummary | null> {
  if (!isUuid(firmId) || !isUuid(engagementId)) return null;
  const [row] = await db
    .select(summaryColumns)
    .from(reportVersions)
    .where(and(eq(reportVersions.engagementId, engagementId), eq(reportVersions.firmId, firmId)))
    .orderBy(desc(reportVersions.version))
    .limit(1);
  return row ?? null;
}

/** One published version with its frozen results and roadmap, or null. */
export async function getReportVersion(db: Executor, firmId: string, engagementId: string, version: number): Promise<ReportVersion | null> {
  if (!isUuid(firmId) || !isUuid(engagementId) || !Number.isSafeInteger(version) || version < 1) return null;
  const [row] = await db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.engagementId, engagementId), eq(reportVersions.firmId, firmId), eq(reportVersions.version, version)));
  return row ?? null;
}
