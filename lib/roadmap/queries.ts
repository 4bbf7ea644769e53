import "server-only";
/** The roadmap of an engagement of the caller's firm (a foreign or malformed id is not found). */
import { and, eq } from "drizzle-orm";
import { clients, engagements, roadmaps, type EngagementStatus } from "../../db/schema";
import type { Executor } from "../../db/types";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";
import type { RoadmapDocument } from "./document";

export interface RoadmapScope {
  readonly db: Executor;
  readonly firm: { readonly id: string };
}

export interface RoadmapEngagement {
  readonly id: string;
  readonly title: string;
  readonly status: EngagementStatus;
  readonly modelVersion: string;
  readonly clientName: string;
}

export interface StoredRoadmap {
  readonly document: RoadmapDocument;
  readonly revision: number;
  readonly updatedAt: Date;
}

export interface EngagementRoadmap {
  readonly engagement: RoadmapEngagement;
  /** Null until the consultant generates the roadmap. */
  readonly roadmap: StoredRoadmap | null;
}

export async function getEngagementRoadmap(scope: RoadmapScope, engagementId: string): Promise<EngagementRoadmap> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const [row] = await scope.db
    .select({
      id: engagements.id,
      title: engagements.title,
      status: engagements.status,
      modelVersion: engagements.modelVersion,
      clientName: clients.name,
      document: roadmaps.document,
      revision: roadmaps.revision,
      updatedAt: roadmaps.updatedAt,
    })
    .from(engagements)
    .innerJoin(clients, and(eq(clients.id, engagements.clientId), eq(clients.firmId, scope.firm.id)))
    .leftJoin(roadmaps, and(eq(roadmaps.engagementId, engagements.id), eq(roadmaps.firmId, scope.firm.id)))
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, scope.firm.id)));
  if (!row) throw new NotFoundError("engagement");
  const { document, revision, updatedAt, ...engagement } = row;
  return {
    engagement,
    roadmap: document && revision !== null && updatedAt ? { document, revision, updatedAt } : null,
  };
}
