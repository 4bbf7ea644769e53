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
  "email_taken",
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
  "manager_is_consultant",
  "manager_of_other_firm",
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
