"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeText } from "../../validation/text";
import { firmAction } from "../../auth/action";
import { renameFirm as rename } from "../queries";

export const renameFirm = firmAction(
  {
    name: "firm.rename",
    permission: "firm.update",
    schema: z.object({ name: safeText().trim().min(2, "too_short").max(120, "too_long") }),
  },
  async ({ name }, ctx) => {
    await rename(ctx, name);
    revalidatePath("/", "layout");
    return { name };
  },
);
