"use server";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { reissueSetPasswordLink as reissue } from "../queries";

export const reissueSetPasswordLink = firmAction(
  { name: "team.reissue-set-password-link", permission: "team.manage", schema: z.object({ userId: z.string().max(64) }) },
  async ({ userId }, ctx) => reissue(ctx, userId),
);
