"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { removeMember as removeMemberFromFirm } from "../queries";

export const removeMember = firmAction(
  { name: "team.remove-member", permission: "team.manage", schema: z.object({ userId: z.string().max(64) }) },
  async ({ userId }, ctx) => {
    await removeMemberFromFirm(ctx, userId);
    revalidatePath("/team");
    return { userId };
  },
);
