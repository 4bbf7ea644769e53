"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { createPersonalLink } from "../personal-links";
import { respondentRefSchema } from "../schemas";

export const createRespondentLink = firmAction(
  { name: "respondents.create-link", permission: "respondents.manage", schema: respondentRefSchema },
  async ({ engagementId, respondentId }, ctx) => {
    const result = await createPersonalLink(ctx, engagementId, respondentId);
    revalidatePath(`/engagements/${engagementId}/respondents`);
    return result;
  },
);
