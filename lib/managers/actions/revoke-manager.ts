"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { revokeManager as revoke } from "../queries";

/** Ends a manager's access to the client; it takes effect on their next request. */
export const revokeManager = firmAction(
  { name: "managers.revoke", permission: "clients.manage", schema: z.object({ managerId: z.string().max(64) }) },
  async ({ managerId }, ctx) => {
    const { clientId } = await revoke(ctx, managerId);
    revalidatePath(`/clients/${clientId}`);
    return { managerId };
  },
);
