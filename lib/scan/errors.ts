/**
 * Expected failures of the scan endpoints: a code the client understands and an HTTP status.
 * Nothing is changed when one of these is returned.
 */
export const SCAN_ERROR_STATUS = {
  /** No, an expired or a revoked scan session (the cookie): open the personal link again. */
  invalid_session: 401,
  /** The request did not come from the scan's own pages (Origin / Sec-Fetch-Site). */
  forbidden_origin: 403,
  /** The body is not JSON of the expected shape. */
  malformed: 400,
  /** An answer key that the model of the respondent's engagement does not have, or a value its kind does not allow. */
  invalid_answer: 400,
  /** The body is larger than the endpoint accepts. */
  too_large: 413,
  /** The engagement no longer (or not yet) accepts answers. */
  engagement_closed: 409,
  /** The respondent has submitted: answers are read-only. */
  already_submitted: 409,
  /** Too many failed link look-ups from this address. */
  throttled: 429,
} as const;

export type ScanErrorCode = keyof typeof SCAN_ERROR_STATUS;

export class ScanError extends Error {
  override name = "ScanError";
  constructor(
    readonly code: ScanErrorCode,
    /** For invalid_answer: the offending key (as sent, truncated). */
    readonly key?: string,
  ) {
    super(code);
  }
  get status(): number {
    return SCAN_ERROR_STATUS[this.code];
  }
}
