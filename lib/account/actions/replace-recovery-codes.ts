"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { newRecoveryCodes } from "../security";
import { codeSchema } from "../schemas";

/** New recovery codes (the old ones die), confirmed with a current code. */
export const replaceRecoveryCodes = firmAction(
  { name: "account.replace-recovery-codes", permission: "account.security", schema: codeSchema },
  async (input, ctx) => {
    const result = await newRecoveryCodes(ctx, input.code);
    revalidatePath("/account");
    return result;
  },
);
