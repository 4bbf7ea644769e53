"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { resendManagerInvitation } from "../queries";

/** Gives a revoked manager access again, with a new invitation. */
export const reinviteManager = firmAction(
  { name: "managers.reinvite", permission: "clients.manage", schema: z.object({ managerId: z.string().max(64) }) },
  async ({ managerId }, ctx) => {
    // The client comes from the firm-checked manager row, not from the form.
    const { link, clientId } = await resendManagerInvitation(ctx, managerId, { reactivate: true });
    revalidatePath(`/clients/${clientId}`);
    return { link };
  },
);
