import "server-only";
/**
 * Publishing: the client-safe results (cut down to what the portal and the PDF show) and the
 * roadmap as they are now are frozen into a new report version, the engagement becomes "published" (the first time), and the audit log
 * records it — all in one transaction. The engagement row is locked first, so two concurrent
 * publications get consecutive versions.
 */
import { and, eq, sql } from "drizzle-orm";
import { engagements, reportVersions, roadmaps } from "../../db/schema";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { acceptsRoadmap, canTransition } from "../engagements/status";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { clientSafeResults } from "../results/client-safe";
import { reportResults, serialiseResults } from "./snapshot";

export interface PublishedReport {
  readonly version: number;
  readonly roadmapRevision: number;
  readonly publishedAt: Date;
}

/**
 * Publishes the engagement's report. Refused with `invalid_transition` unless the engagement is
 * closed or published; not found without a roadmap (or for another firm's engagement). With
 * `expectedRevision` (the roadmap the consultant is looking at), a roadmap saved by someone else
 * in the meantime is refused with `conflict`: what is published is what was shown.
 */
export async function publishReport(
  ctx: FirmContext,
  engagementId: string,
  options: { readonly expectedRevision?: number } = {},
): Promise<PublishedReport> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  return ctx.db.transaction(async (tx) => {
    const [engagement] = await tx
      .select({ id: engagements.id, status: engagements.status })
      .from(engagements)
      .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)))
      .for("update");
    if (!engagement) throw new NotFoundError("engagement");
    if (!acceptsRoadmap(engagement.status)) throw new AppError("invalid_transition");
    const [roadmap] = await tx
      .select({ document: roadmaps.document, revision: roadmaps.revision })
      .from(roadmaps)
      .where(and(eq(roadmaps.engagementId, engagement.id), eq(roadmaps.firmId, ctx.firm.id)));
    if (!roadmap) throw new NotFoundError("roadmap");
    if (options.expectedRevision !== undefined && roadmap.revision !== options.expectedRevision) throw new AppError("conflict");
    // First the status, so the frozen results say "published" as the client will see them.
    if (engagement.status === "closed") {
      if (!canTransition("closed", "published")) throw new AppError("invalid_transition");
      await tx
        .update(engagements)
        .set({ status: "published", updatedAt: new Date() })
        .where(and(eq(engagements.id, engagement.id), eq(engagements.firmId, ctx.firm.id)));
    }
    const results = await clientSafeResults({ db: tx, firm: ctx.firm }, engagement.id);
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${reportVersions.version}), 0)::int + 1` })
      .from(reportVersions)
      .where(and(eq(reportVersions.engagementId, engagement.id), eq(reportVersions.firmId, ctx.firm.id)))) as [{ next: number }];
    const [row] = await tx
      .insert(reportVersions)
      .values({
        firmId: ctx.firm.id,
        engagementId: engagement.id,
        version: next,
        roadmapRevision: roadmap.revision,
        results: serialiseResults(reportResults(results)),
        roadmap: roadmap.document,
        publishedBy: ctx.user.id,
      })
      .returning({ version: reportVersions.version, roadmapRevision: reportVersions.roadmapRevision, publishedAt: reportVersions.publishedAt });
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "report.published",
      entityType: "engagement",
      entityId: engagement.id,
      details: { version: row!.version, roadmapRevision: row!.roadmapRevision, from: engagement.status },
    });
    return row!;
  });
}
