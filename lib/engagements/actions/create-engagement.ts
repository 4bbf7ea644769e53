"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { withFieldRules } from "../field-error";
import { createEngagement as create } from "../mutations";
import { createEngagementSchema } from "../settings";

/** Creates a draft engagement; the form then opens its overview. */
export const createEngagement = firmAction(
  { name: "engagements.create", permission: "engagements.manage", schema: createEngagementSchema },
  withFieldRules(async (input, ctx) => {
    const engagement = await create(ctx, input);
    revalidatePath("/engagements");
    revalidatePath(`/clients/${engagement.clientId}`);
    revalidatePath("/dashboard");
    return { id: engagement.id };
  }),
);
