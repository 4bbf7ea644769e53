/** The shapes the scan endpoints accept; the model check (lib/scan/answers) comes after these. */
import { z } from "zod";
import { safeText } from "../validation/text";
import { LOCALES } from "../model/types";
import { MAX_COMMENT_LENGTH, MAX_KEY_LENGTH } from "./answers";
import { seqLimit } from "./seq";

/** A respondent has 66 answer keys in model 2026.1; a batch may repeat keys (the newest wins). */
export const MAX_BATCH = 200;
/** Bytes; five full comments in any script fit easily (and fetch keepalive allows 64 KiB). */
export const MAX_SAVE_BODY_BYTES = 64 * 1024;

export const answerEntrySchema = z.strictObject({
  key: z.string().min(1).max(MAX_KEY_LENGTH),
  value: safeText().max(MAX_COMMENT_LENGTH),
  // Never further ahead than a day of the server's clock (lib/scan/seq.ts).
  seq: z.number().int().min(1).refine((seq) => seq <= seqLimit(Date.now()), "seq_out_of_range"),
});

export const saveBatchSchema = z.strictObject({
  answers: z.array(answerEntrySchema).min(1).max(MAX_BATCH),
});
export type SaveBatch = z.infer<typeof saveBatchSchema>;

export const localeFormSchema = z.strictObject({
  locale: z.enum(LOCALES),
  next: z.string().max(200).optional(),
});
