"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { turnOffTwoFactor } from "../security";
import { codeSchema } from "../schemas";

/** Switches two-step sign-in off (not while the firm requires it), confirmed with a code. */
export const disableTwoFactor = firmAction(
  { name: "account.disable-two-factor", permission: "account.security", schema: codeSchema },
  async (input, ctx) => {
    await turnOffTwoFactor(ctx, input.code);
    revalidatePath("/account");
    return { disabled: true };
  },
);
