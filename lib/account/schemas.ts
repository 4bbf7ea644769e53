/** Input of the account's security actions. Pure. */
import { z } from "zod";

/** A TOTP code or a recovery code (spaces and dashes allowed). */
export const codeSchema = z.object({ code: z.string().trim().min(1, "required").max(40, "too_long") });
