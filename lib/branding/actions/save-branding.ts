"use server";
import { revalidatePath } from "next/cache";
import { firmAction } from "../../auth/action";
import { saveBrandingSettings } from "../queries";
import { brandingSettingsSchema } from "../schemas";

export const saveBranding = firmAction(
  { name: "firm.save-branding", permission: "firm.update", schema: brandingSettingsSchema },
  async (settings, ctx) => {
    await saveBrandingSettings(ctx, settings);
    revalidatePath("/", "layout");
    return settings;
  },
);
