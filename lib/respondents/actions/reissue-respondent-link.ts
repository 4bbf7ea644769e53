"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { reissuePersonalLink } from "../personal-links";
import { respondentRefSchema } from "../schemas";

/** Old links stop working at once; the new one is returned once. */
export const reissueRespondentLink = firmAction(
  { name: "respondents.reissue-link", permission: "respondents.manage", schema: respondentRefSchema },
  async ({ engagementId, respondentId }, ctx) => {
    const result = await reissuePersonalLink(ctx, engagementId, respondentId);
    revalidatePath(`/engagements/${engagementId}/respondents`);
    return result;
  },
);
