"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { importRespondents as importAll } from "../import";
import { importRespondentsSchema } from "../schemas";

/**
 * Saves a clean set in one transaction; with any bad row it saves nothing and returns the
 * preview, unless the consultant chose to skip the invalid rows (then the valid ones are saved).
 */
export const importRespondents = firmAction(
  { name: "respondents.import", permission: "respondents.manage", schema: importRespondentsSchema },
  async ({ engagementId, text, skip }, ctx) => {
    const result = await importAll(ctx, engagementId, text, skip);
    if (result.saved) revalidatePath(`/engagements/${engagementId}/respondents`);
    return result;
  },
);
