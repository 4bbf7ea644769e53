"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { saveRatings as save } from "../ratings";
import { saveRatingsSchema } from "../schemas";

/** Records the consultant's own level and note for every pillar at once (an empty level removes one). */
export const saveRatings = firmAction(
  { name: "results.save-ratings", permission: "results.rate", schema: saveRatingsSchema },
  async (input, ctx) => {
    const result = await save(ctx, input);
    revalidatePath(`/engagements/${input.engagementId}/results`, "layout");
    return result;
  },
);
