"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { removeRespondent as remove } from "../queries";
import { respondentRefSchema } from "../schemas";

/** Erasure: the person, their links and messages are deleted. */
export const removeRespondent = firmAction(
  { name: "respondents.remove", permission: "respondents.manage", schema: respondentRefSchema },
  async ({ engagementId, respondentId }, ctx) => {
    await remove(ctx, engagementId, respondentId);
    revalidatePath(`/engagements/${engagementId}/respondents`);
    return { respondentId };
  },
);
