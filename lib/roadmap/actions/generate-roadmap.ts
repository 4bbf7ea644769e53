"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { isUuid } from "../../ids";
import { generateRoadmap as generate } from "../mutations";

/** Drafts the roadmap of a closed engagement from its results. */
export const generateRoadmap = firmAction(
  {
    name: "roadmap.generate",
    permission: "roadmap.manage",
    schema: z.object({ engagementId: z.string().refine(isUuid, "invalid") }),
  },
  async ({ engagementId }, ctx) => {
    const result = await generate(ctx, engagementId);
    revalidatePath(`/engagements/${engagementId}/roadmap`);
    return { revision: result.revision, scored: result.scored };
  },
);
