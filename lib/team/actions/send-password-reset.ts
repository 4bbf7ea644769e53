"use server";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { sendPasswordReset as send } from "../queries";

/** Owner: a password-reset e-mail to a member's own address; the owner never sees the link. */
export const sendPasswordReset = firmAction(
  { name: "team.send-password-reset", permission: "team.manage", schema: z.object({ userId: z.string().max(64) }) },
  async ({ userId }, ctx) => send(ctx, userId),
);
