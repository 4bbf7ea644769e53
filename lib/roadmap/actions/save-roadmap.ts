"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { isUuid } from "../../ids";
import type { RoadmapDocument } from "../document";
import { saveRoadmap as save } from "../mutations";
import { roadmapDocumentSchema } from "../schema";

/** Saves the whole edited document if nobody saved since `revision`; else `conflict`. */
export const saveRoadmap = firmAction(
  {
    name: "roadmap.save",
    permission: "roadmap.manage",
    schema: z.object({
      engagementId: z.string().refine(isUuid, "invalid"),
      revision: z.number().int().min(1),
      document: roadmapDocumentSchema,
    }),
  },
  async ({ engagementId, revision, document }, ctx) => {
    const saved = await save(ctx, engagementId, revision, document as RoadmapDocument);
    revalidatePath(`/engagements/${engagementId}/roadmap`);
    return { revision: saved.revision };
  },
);
