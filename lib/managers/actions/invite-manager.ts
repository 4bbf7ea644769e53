"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeText } from "../../validation/text";
import { firmAction } from "../../auth/action";
import { LOCALES } from "../../model/types";
import { inviteManager as invite } from "../queries";

/** A consultant invites a client manager; the link is e-mailed and also returned once, to copy. */
export const inviteManager = firmAction(
  {
    name: "managers.invite",
    permission: "clients.manage",
    schema: z.object({
      clientId: z.string().max(64),
      name: safeText().trim().min(1, "required").max(120, "too_long"),
      email: safeText().trim().max(320, "too_long").pipe(z.email("invalid_email")),
      locale: z.enum(LOCALES),
    }),
  },
  async (input, ctx) => {
    const result = await invite(ctx, input);
    revalidatePath(`/clients/${input.clientId}`);
    return { link: result.link, name: input.name };
  },
);
