"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { updateRespondent as update } from "../queries";
import { updateRespondentSchema } from "../schemas";

export const updateRespondent = firmAction(
  { name: "respondents.update", permission: "respondents.manage", schema: updateRespondentSchema },
  async ({ engagementId, respondentId, ...input }, ctx) => {
    const result = await update(ctx, engagementId, respondentId, input);
    revalidatePath(`/engagements/${engagementId}/respondents`);
    return result;
  },
);
