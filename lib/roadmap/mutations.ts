import "server-only";
/**
 * Roadmap writes: generate, save, regenerate. Each is scoped to the caller's firm and runs in
 * one transaction with its audit entry. Saves and regenerations carry the revision they started
 * from and update only when it still matches (a conditional UPDATE), so the later of two
 * concurrent edits gets `conflict` and nothing is overwritten.
 */
import { and, eq, sql } from "drizzle-orm";
import { roadmaps } from "../../db/schema";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { acceptsRoadmap } from "../engagements/status";
import { AppError, NotFoundError } from "../errors";
import { getModel } from "../model";
import type { RoadmapDocument } from "./document";
import { draftRoadmapDocument } from "./draft";
import { normaliseDocument, regenerate } from "./operations";
import { getEngagementRoadmap } from "./queries";
import { modelProblems } from "./schema";

export interface SavedRoadmap {
  readonly revision: number;
  readonly document: RoadmapDocument;
}

/** Writes the document if the stored revision is still `revision`; else `conflict`. */
async function conditionalUpdate(
  ctx: FirmContext,
  engagementId: string,
  revision: number,
  document: RoadmapDocument,
  action: "roadmap.saved" | "roadmap.regenerated",
): Promise<SavedRoadmap> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(roadmaps)
      .set({ document, revision: sql`${roadmaps.revision} + 1`, updatedBy: ctx.user.id, updatedAt: new Date() })
      .where(and(eq(roadmaps.engagementId, engagementId), eq(roadmaps.firmId, ctx.firm.id), eq(roadmaps.revision, revision)))
      .returning({ revision: roadmaps.revision });
    if (!row) throw new AppError("conflict");
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action,
      entityType: "engagement",
      entityId: engagementId,
      details: { revision: row.revision, items: document.items.length },
    });
    return { revision: row.revision, document };
  });
}

/**
 * Drafts the roadmap of a closed (or published) engagement from its results. A roadmap that
 * already exists (someone generated it first) is `conflict`; an open engagement is
 * `invalid_transition`.
 */
export async function generateRoadmap(ctx: FirmContext, engagementId: string, now = new Date()): Promise<SavedRoadmap & { scored: boolean }> {
  const { engagement, roadmap } = await getEngagementRoadmap(ctx, engagementId);
  if (!acceptsRoadmap(engagement.status)) throw new AppError("invalid_transition");
  if (roadmap) throw new AppError("conflict");
  const { document, scored } = await draftRoadmapDocument(ctx, engagement.id, now);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(roadmaps)
      .values({ engagementId: engagement.id, firmId: ctx.firm.id, document, revision: 1, updatedBy: ctx.user.id })
      .onConflictDoNothing({ target: roadmaps.engagementId })
      .returning({ revision: roadmaps.revision });
    if (!row) throw new AppError("conflict");
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "roadmap.generated",
      entityType: "engagement",
      entityId: engagement.id,
      details: { items: document.items.length },
    });
    return { revision: row.revision, document, scored };
  });
}

/**
 * Saves the consultant's edits. Only the editable parts are taken from the browser (items,
 * summary, findings); the pillar targets and model version stay as drafted on the server.
 */
export async function saveRoadmap(ctx: FirmContext, engagementId: string, revision: number, incoming: RoadmapDocument): Promise<SavedRoadmap> {
  const { engagement, roadmap } = await getEngagementRoadmap(ctx, engagementId);
  if (!roadmap) throw new NotFoundError("roadmap");
  if (roadmap.revision !== revision) throw new AppError("conflict");
  const document: RoadmapDocument = normaliseDocument({
    ...roadmap.document,
    executiveSummary: incoming.executiveSummary,
    keyFindings: incoming.keyFindings,
    items: incoming.items,
  });
  if (modelProblems(getModel(engagement.modelVersion), document).length > 0) throw new AppError("invalid_input");
  return conditionalUpdate(ctx, engagement.id, revision, document, "roadmap.saved");
}

/** Drafts afresh and merges (lib/roadmap/operations regenerate): custom and edited items stay. */
export async function regenerateRoadmap(ctx: FirmContext, engagementId: string, revision: number, now = new Date()): Promise<SavedRoadmap> {
  const { engagement, roadmap } = await getEngagementRoadmap(ctx, engagementId);
  if (!roadmap) throw new NotFoundError("roadmap");
  if (!acceptsRoadmap(engagement.status)) throw new AppError("invalid_transition");
  if (roadmap.revision !== revision) throw new AppError("conflict");
  const fresh = await draftRoadmapDocument(ctx, engagement.id, now);
  return conditionalUpdate(ctx, engagement.id, revision, regenerate(roadmap.document, fresh.document), "roadmap.regenerated");
}
