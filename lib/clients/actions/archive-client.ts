"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { isUuid } from "../../ids";
import { setClientArchived } from "../queries";

/** Archives a client: it leaves the default list and gets no new engagements; nothing is deleted. */
export const archiveClient = firmAction(
  { name: "clients.archive", permission: "clients.manage", schema: z.object({ clientId: z.string().refine(isUuid, "invalid") }) },
  async ({ clientId }, ctx) => {
    await setClientArchived(ctx, clientId, true);
    revalidatePath("/clients", "layout");
    return { archived: true };
  },
);
