"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { beginTwoFactor } from "../security";

/** Starts enrolment: a new secret, shown as a QR code on the account page. */
export const startTwoFactor = firmAction(
  { name: "account.start-two-factor", permission: "account.security", schema: z.object({}) },
  async (_input, ctx) => {
    await beginTwoFactor(ctx);
    revalidatePath("/account");
    return { started: true };
  },
);
