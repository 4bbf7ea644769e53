/**
 * The one text schema for free-text input. Refused with the field error "invalid_characters":
 * NUL (PostgreSQL cannot store it) and the other control characters except tab and line
 * breaks, unpaired surrogates, and Unicode non-characters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF).
 * Pure (also used in the browser).
 */
import { z } from "zod";

export const INVALID_CHARACTERS = "invalid_characters";

export function hasForbiddenCharacters(value: string): boolean {
  if (!value.isWellFormed()) return true; // an unpaired surrogate
  for (const char of value) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) return true;
    if (cp >= 0x7f && cp <= 0x9f) return true;
    if (cp >= 0xfdd0 && cp <= 0xfdef) return true;
    if ((cp & 0xfffe) === 0xfffe) return true;
  }
  return false;
}

/** A string without forbidden characters; chain .trim()/.min()/.max() as usual. */
export const safeText = (params?: { error?: string }) =>
  z.string(params).refine((v) => !hasForbiddenCharacters(v), { error: INVALID_CHARACTERS, abort: true });
