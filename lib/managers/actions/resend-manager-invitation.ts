"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { resendManagerInvitation as resend } from "../queries";

/** A new invitation link for a manager who has not set a password yet; older links stop working. */
export const resendManagerInvitation = firmAction(
  { name: "managers.resend-invitation", permission: "clients.manage", schema: z.object({ managerId: z.string().max(64) }) },
  async ({ managerId }, ctx) => {
    // The client comes from the firm-checked manager row, not from the form.
    const { link, clientId } = await resend(ctx, managerId, { reactivate: false });
    revalidatePath(`/clients/${clientId}`);
    return { link };
  },
);
