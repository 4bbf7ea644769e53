"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { importRespondents as importAll } from "../import";
import { importTextSchema } from "../schemas";

/** Saves a clean set in one transaction; with any bad row it saves nothing and returns the preview. */
export const importRespondents = firmAction(
  { name: "respondents.import", permission: "respondents.manage", schema: importTextSchema },
  async ({ engagementId, text }, ctx) => {
    const result = await importAll(ctx, engagementId, text);
    if (result.saved) revalidatePath(`/engagements/${engagementId}/respondents`);
    return result;
  },
);
