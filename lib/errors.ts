/**
 * Expected errors: they travel back to the user as a code that the UI translates.
 * Anything else is unexpected, logged, and shown as a generic message.
 */
export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "invalid_input",
  "conflict",
  /** An address that cannot be used here (an account elsewhere or in another role): one answer for all, so nothing leaks. */
  "email_unavailable",
  /** A member who has set a password gets a reset e-mail, never a link for someone else. */
  "member_active",
  "invalid_code",
  "two_factor_setup_required",
  "two_factor_required_by_firm",
  "two_factor_not_enrolled",
  "cannot_remove_self",
  "last_owner",
  "invalid_token",
  "throttled",
  "invalid_transition",
  "engagement_closed",
  "duplicate_respondent",
  "file_too_large",
  "nothing_to_send",
  "invalid_image",
  "image_too_large",
  "image_dimensions",
  "manager_exists",
  /** The database cannot be reached right now (nothing was changed; try again shortly). */
  "unavailable",
  "unexpected",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/** A record that does not exist or belongs to another firm: the two are indistinguishable on purpose. */
export class NotFoundError extends AppError {
  override name = "NotFoundError";
  constructor(what = "record") {
    super("not_found", `${what} not found`);
  }
}
