/** What the branding forms may send: strict, normalised, with error codes the UI translates ("branding.errors.*"). */
import { z } from "zod";
import { safeText } from "../validation/text";
import { LOCALES } from "../model/types";
import { normaliseHexColour } from "./colour";
import { MAX_LOGO_BYTES } from "./logo";

export const FOOTER_MAX = 300;

/** Empty = the product's default colour; otherwise #rgb/#rrggbb, stored as lower-case #rrggbb. */
const colour = z
  .string()
  .trim()
  .max(20, "invalid_colour")
  .transform((value, ctx) => {
    if (value === "") return null;
    const hex = normaliseHexColour(value);
    if (!hex) ctx.addIssue({ code: "custom", message: "invalid_colour" });
    return hex;
  });

// Control characters would show as boxes in the PDF and could fold e-mail lines; runs of
// whitespace (line breaks included) become one space, because the footer is a single line.
const footerText = safeText()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().max(FOOTER_MAX, "too_long"))
  .transform((value) => (value === "" ? null : value));

export const brandingSettingsSchema = z.object({
  primaryColor: colour,
  accentColor: colour,
  footerText,
  reportLocale: z.enum(LOCALES, "invalid"),
});

export type BrandingSettings = z.output<typeof brandingSettingsSchema>;

/** Size is checked here (cheap, before reading the bytes); the content is checked by checkLogo. */
export const logoUploadSchema = z.object({
  logo: z
    .instanceof(File, { message: "logo_required" })
    .refine((file) => file.size > 0, "logo_required")
    .refine((file) => file.size <= MAX_LOGO_BYTES, "logo_too_large"),
});

export const removeLogoSchema = z.object({});
