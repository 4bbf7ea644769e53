"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeText } from "../../validation/text";
import { firmAction } from "../../auth/action";
import { addConsultant as addConsultantToFirm } from "../queries";

/** Owner adds a consultant; the one-time set-password link is returned once, to be copied. */
export const addConsultant = firmAction(
  {
    name: "team.add-consultant",
    permission: "team.manage",
    schema: z.object({
      name: safeText().trim().min(1, "required").max(120, "too_long"),
      email: safeText().trim().max(320, "too_long").pipe(z.email("invalid_email")),
    }),
  },
  async (input, ctx) => {
    const result = await addConsultantToFirm(ctx, input);
    revalidatePath("/team");
    return { link: result.link, name: input.name };
  },
);
