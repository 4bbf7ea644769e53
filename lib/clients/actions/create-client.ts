"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { withFieldRules } from "../../engagements/field-error";
import { createClient as create } from "../queries";
import { clientInputSchema } from "../schemas";

/** Creates a client; the form then opens its page. */
export const createClient = firmAction(
  { name: "clients.create", permission: "clients.manage", schema: clientInputSchema },
  withFieldRules(async (input, ctx) => {
    const client = await create(ctx, input);
    revalidatePath("/clients");
    revalidatePath("/dashboard");
    return { id: client.id };
  }),
);
