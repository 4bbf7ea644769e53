"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { isUuid } from "../../ids";
import { regenerateRoadmap as regenerate } from "../mutations";

/** Drafts afresh from the results, keeping custom and edited items; `conflict` if the roadmap changed since `revision`. */
export const regenerateRoadmap = firmAction(
  {
    name: "roadmap.regenerate",
    permission: "roadmap.manage",
    schema: z.object({ engagementId: z.string().refine(isUuid, "invalid"), revision: z.number().int().min(1) }),
  },
  async ({ engagementId, revision }, ctx) => {
    const saved = await regenerate(ctx, engagementId, revision);
    revalidatePath(`/engagements/${engagementId}/roadmap`);
    return saved;
  },
);
