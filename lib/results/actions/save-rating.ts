"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { saveRating as save } from "../ratings";
import { saveRatingSchema } from "../schemas";

/** Records (or with an empty level removes) the consultant's own level and note for one pillar. */
export const saveRating = firmAction(
  { name: "results.save-rating", permission: "results.rate", schema: saveRatingSchema },
  async (input, ctx) => {
    const result = await save(ctx, input);
    revalidatePath(`/engagements/${input.engagementId}/results`, "layout");
    return result;
  },
);
