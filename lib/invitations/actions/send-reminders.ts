"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { sendReminders as send } from "../send";

/** Reminds everyone invited who has not submitted (links not revoked), as previewed. */
export const sendReminders = firmAction(
  {
    name: "invitations.send-reminders",
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
