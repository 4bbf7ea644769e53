"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { withFieldRules } from "../../engagements/field-error";
import { updateClient as update } from "../queries";
import { updateClientSchema } from "../schemas";

/** Saves a client's details; the form then goes back to its page. */
export const updateClient = firmAction(
  { name: "clients.update", permission: "clients.manage", schema: updateClientSchema },
  withFieldRules(async ({ clientId, ...input }, ctx) => {
    await update(ctx, clientId, input);
    revalidatePath("/clients", "layout");
    revalidatePath("/engagements", "layout");
    revalidatePath("/dashboard");
    return { id: clientId };
  }),
);
