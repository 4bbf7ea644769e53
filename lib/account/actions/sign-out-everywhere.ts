"use server";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { signOutEverywhere as endAll } from "../security";

/** Ends every session of the user on every device; the browser then clears its own cookie. */
export const signOutEverywhere = firmAction(
  { name: "account.sign-out-everywhere", permission: "account.security", schema: z.object({}) },
  async (_input, ctx) => endAll(ctx),
);
