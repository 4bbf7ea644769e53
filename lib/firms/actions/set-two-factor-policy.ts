"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setFirmTwoFactorPolicy } from "../../account/security";
import { firmAction } from "../../auth/action";

/** Owner: two-step sign-in required for every consultant and owner of the firm, or optional. */
export const setTwoFactorPolicy = firmAction(
  {
    name: "firm.set-two-factor-policy",
    permission: "firm.update",
    schema: z.object({ required: z.enum(["on", "off"]).transform((v) => v === "on") }),
  },
  async ({ required }, ctx) => {
    const result = await setFirmTwoFactorPolicy(ctx, required);
    revalidatePath("/settings");
    return result;
  },
);
