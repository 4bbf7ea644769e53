"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { isUuid } from "../../ids";
import { publishReport as publish } from "../publish";

/** Freezes the client-safe results and the saved roadmap as a new report version. */
export const publishReport = firmAction(
  {
    name: "reports.publish",
    permission: "reports.publish",
    // The revision of the roadmap on the consultant's screen: publish exactly that, or say it changed.
    schema: z.object({ engagementId: z.string().refine(isUuid, "invalid"), revision: z.coerce.number().int().positive() }),
  },
  async ({ engagementId, revision }, ctx) => {
    const published = await publish(ctx, engagementId, { expectedRevision: revision });
    revalidatePath(`/engagements/${engagementId}`, "layout");
    revalidatePath("/engagements");
    revalidatePath("/dashboard");
    return { version: published.version, publishedAt: published.publishedAt.toISOString() };
  },
);
