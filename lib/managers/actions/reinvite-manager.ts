"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { resendManagerInvitation } from "../queries";

/** Gives a revoked manager access again, with a new invitation. */
export const reinviteManager = firmAction(
  { name: "managers.reinvite", permission: "clients.manage", schema: z.object({ managerId: z.string().max(64), clientId: z.string().max(64) }) },
  async ({ managerId, clientId }, ctx) => {
    const result = await resendManagerInvitation(ctx, managerId, { reactivate: true });
    revalidatePath(`/clients/${clientId}`);
    return result;
  },
);
