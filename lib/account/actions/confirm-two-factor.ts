"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { finishTwoFactor } from "../security";
import { codeSchema } from "../schemas";

/** Confirms enrolment with a first code; the recovery codes are returned once. */
export const confirmTwoFactor = firmAction(
  { name: "account.confirm-two-factor", permission: "account.security", schema: codeSchema },
  async (input, ctx) => {
    const result = await finishTwoFactor(ctx, input.code);
    revalidatePath("/account");
    return result;
  },
);
