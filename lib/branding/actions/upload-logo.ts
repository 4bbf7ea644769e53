"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { replaceFirmLogo } from "../queries";
import { logoUploadSchema } from "../schemas";

export const uploadLogo = firmAction(
  { name: "firm.upload-logo", permission: "firm.update", schema: logoUploadSchema },
  async ({ logo }, ctx) => {
    const info = await replaceFirmLogo(ctx, new Uint8Array(await logo.arrayBuffer()));
    revalidatePath("/", "layout");
    return info;
  },
);
