"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { engagementStatusEnum } from "../../../db/schema";
import { firmAction } from "../../auth/action";
import { isUuid } from "../../ids";
import { changeEngagementStatus } from "../mutations";

/** Opens, closes, reopens or publishes an engagement; other moves are `invalid_transition`. */
export const changeStatus = firmAction(
  {
    name: "engagements.change-status",
    permission: "engagements.manage",
    schema: z.object({
      engagementId: z.string().refine(isUuid, "invalid"),
      to: z.enum(engagementStatusEnum.enumValues),
    }),
  },
  async ({ engagementId, to }, ctx) => {
    const result = await changeEngagementStatus(ctx, engagementId, to);
    revalidatePath(`/engagements/${engagementId}`, "layout");
    revalidatePath("/engagements");
    revalidatePath("/dashboard");
    revalidatePath("/clients", "layout");
    return result;
  },
);
