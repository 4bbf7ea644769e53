/**
 * The fields of a respondent: limits and normalisation shared by the add/edit forms and the
 * CSV import, so a value accepted in one place is accepted in the other. Pure (also used in
 * the browser).
 */
import { z } from "zod";

export const NAME_MAX = 120;
/** The longest address SMTP can deliver to (RFC 5321 path limit). */
export const EMAIL_MAX = 254;
export const TEAM_MAX = 120;

/** Trimmed, inner whitespace (also line breaks from quoted CSV cells) collapsed to one space. */
export const normaliseText = (value: string) => value.replace(/\s+/g, " ").trim();

/** E-mail addresses are compared and stored in lower case; the database index is on lower(email). */
export const normaliseRespondentEmail = (value: string) => value.trim().toLowerCase();

const emailFormat = z.email();

export function isValidEmail(value: string): boolean {
  return emailFormat.safeParse(value).success;
}
