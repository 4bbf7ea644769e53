"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { removeFirmLogo } from "../queries";
import { removeLogoSchema } from "../schemas";

export const removeLogo = firmAction(
  { name: "firm.remove-logo", permission: "firm.update", schema: removeLogoSchema },
  async (_input, ctx) => {
    await removeFirmLogo(ctx);
    revalidatePath("/", "layout");
    return { removed: true };
  },
);
