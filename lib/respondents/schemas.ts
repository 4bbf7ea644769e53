/**
 * Form schemas of respondents. The messages are codes translated by the forms (fieldErrors
 * namespace). Pure, so they are unit tested.
 */
import { z } from "zod";
import { safeText } from "../validation/text";
import { LOCALES, ROLE_GROUPS } from "../model/types";
import { MAX_IMPORT_ROWS } from "./import-rows";
import { EMAIL_MAX, isValidEmail, NAME_MAX, normaliseRespondentEmail, normaliseText, TEAM_MAX } from "./fields";

const id = z.string().max(64);

export const respondentFields = {
  name: safeText()
    .transform(normaliseText)
    .pipe(z.string().min(1, "required").max(NAME_MAX, "too_long")),
  email: safeText()
    .transform(normaliseRespondentEmail)
    .pipe(z.string().min(1, "required").max(EMAIL_MAX, "too_long").refine(isValidEmail, "invalid_email")),
  roleGroup: z.enum(ROLE_GROUPS, { error: "required" }),
  team: safeText()
    .optional()
    .transform((v) => normaliseText(v ?? ""))
    .pipe(z.string().max(TEAM_MAX, "too_long"))
    .transform((v) => (v === "" ? null : v)),
  locale: z.enum(LOCALES, { error: "required" }),
};

export const addRespondentSchema = z.object({ engagementId: id, ...respondentFields });
export const updateRespondentSchema = z.object({ engagementId: id, respondentId: id, ...respondentFields });
export const respondentRefSchema = z.object({ engagementId: id, respondentId: id });
/** The import's size limit is checked by the data access, which answers `file_too_large`. */
export const importTextSchema = z.object({ engagementId: id, text: safeText() });

/**
 * The import. `skip` is the consultant's choice to import the valid rows and leave out the
 * invalid ones, with the counts they saw: when the check now counts differently, nothing is saved.
 */
export const importRespondentsSchema = importTextSchema.extend({
  skip: z
    .strictObject({
      valid: z.number().int().min(1).max(MAX_IMPORT_ROWS),
      invalid: z.number().int().min(1).max(MAX_IMPORT_ROWS),
    })
    .optional(),
});

export type RespondentInput = z.output<z.ZodObject<typeof respondentFields>>;
