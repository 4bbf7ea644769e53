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
    schema: z.object({ engagementId: z.string().refine(isUuid, "invalid") }),
  },
  async ({ engagementId }, ctx) => {
    const published = await publish(ctx, engagementId);
    revalidatePath(`/engagements/${engagementId}`, "layout");
    revalidatePath("/engagements");
    revalidatePath("/dashboard");
    return { version: published.version, publishedAt: published.publishedAt.toISOString() };
  },
);
