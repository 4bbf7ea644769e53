"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { revokePersonalLinks } from "../personal-links";
import { respondentRefSchema } from "../schemas";

export const revokeRespondentLinks = firmAction(
  { name: "respondents.revoke-links", permission: "respondents.manage", schema: respondentRefSchema },
  async ({ engagementId, respondentId }, ctx) => {
    await revokePersonalLinks(ctx, engagementId, respondentId);
    revalidatePath(`/engagements/${engagementId}/respondents`);
    return { respondentId };
  },
);
