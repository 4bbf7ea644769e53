"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { addRespondent as addToEngagement } from "../queries";
import { addRespondentSchema } from "../schemas";

/** Adds one person; their first personal link is returned once, to be copied. */
export const addRespondent = firmAction(
  { name: "respondents.add", permission: "respondents.manage", schema: addRespondentSchema },
  async ({ engagementId, ...input }, ctx) => {
    const { respondentId, link } = await addToEngagement(ctx, engagementId, input);
    revalidatePath(`/engagements/${engagementId}/respondents`);
    return { respondentId, link, name: input.name };
  },
);
