"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { withFieldRules } from "../field-error";
import { updateEngagement as update } from "../mutations";
import { updateEngagementSchema } from "../settings";

/** Saves the settings form; a stale revision comes back as `conflict`. */
export const updateEngagement = firmAction(
  { name: "engagements.update", permission: "engagements.manage", schema: updateEngagementSchema },
  withFieldRules(async ({ engagementId, revision, ...settings }, ctx) => {
    const { engagement, changed } = await update(ctx, engagementId, revision, settings);
    revalidatePath(`/engagements/${engagementId}`, "layout");
    revalidatePath("/engagements");
    revalidatePath("/dashboard");
    revalidatePath(`/clients/${engagement.clientId}`);
    return { id: engagementId, revision: engagement.revision, changed: changed.length };
  }),
);
