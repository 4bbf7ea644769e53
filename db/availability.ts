/**
 * "The database is unavailable right now" as one recognisable condition, whatever raised it:
 * postgres.js (connect timeout, closed connection), the operating system (refused, reset),
 * PostgreSQL itself (shutting down, too many connections, statement timeout) or our own
 * guards (pool wait, unreachable server). Callers answer it with 503 / "try again shortly"
 * instead of a 500. Pure: no I/O.
 */

/** The digest the error page recognises (Next keeps an error's own `digest` in production). */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** Seconds a client is asked to wait (Retry-After) before trying again. */
export const RETRY_AFTER_SECONDS = 2;

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(
    readonly reason: "unreachable" | "pool_timeout" | "stalled",
    options?: { cause?: unknown },
  ) {
    super(`database unavailable (${reason})`, options);
  }
}

/** postgres.js's own connection error codes. */
const DRIVER_CODES = new Set(["CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED"]);
/** Socket errors of the operating system. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"]);
/**
 * SQLSTATEs that mean "not now" rather than "wrong": admin/crash shutdown, cannot connect now,
 * too many connections, statement timeout (57014, also user cancel), idle-in-transaction
 * timeout, and the whole connection-exception class 08.
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "57014", "25P03"]);

/** By its digest, not instanceof: the bundler may give each server chunk its own copy of the class. */
const isOwnError = (error: unknown): error is DatabaseUnavailableError =>
  Boolean(error) && typeof error === "object" && (error as { digest?: unknown }).digest === DATABASE_UNAVAILABLE_DIGEST;

function isUnavailableOne(error: unknown): boolean {
  if (isOwnError(error)) return true;
  if (!error || typeof error !== "object") return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return false;
  return DRIVER_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/** True when `error` (or an error it wraps, e.g. drizzle's "Failed query") says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current; depth++) {
    if (isUnavailableOne(current)) return true;
    current = current && typeof current === "object" ? (current as { cause?: unknown }).cause : undefined;
  }
  return false;
}
