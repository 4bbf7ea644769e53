"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { sendInvitations as send } from "../send";

/** Invites everyone not yet invited; the fingerprint is that of the list the consultant confirmed. */
export const sendInvitations = firmAction(
  {
    name: "invitations.send-invitations",
    permission: "invitations.send",
    schema: z.object({ engagementId: z.string().max(64), fingerprint: z.string().min(1).max(64) }),
  },
  async ({ engagementId, fingerprint }, ctx) => {
    try {
      return await send(ctx, engagementId, fingerprint);
    } finally {
      // Also after a refusal: a changed list ("conflict") must show up on the page at once.
      revalidatePath(`/engagements/${engagementId}`, "layout");
      revalidatePath("/outbox");
    }
  },
);
