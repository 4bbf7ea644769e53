"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { isUuid } from "../../ids";
import { setClientArchived } from "../queries";

/** Brings an archived client back into the list. */
export const unarchiveClient = firmAction(
  { name: "clients.unarchive", permission: "clients.manage", schema: z.object({ clientId: z.string().refine(isUuid, "invalid") }) },
  async ({ clientId }, ctx) => {
    await setClientArchived(ctx, clientId, false);
    revalidatePath("/clients", "layout");
    return { archived: false };
  },
);
