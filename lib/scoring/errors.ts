/**
 * Typed errors of the scoring engine. Anything that cannot be scored is rejected with one of
 * these — the engine never returns NaN and never turns bad input into a silent 0.
 * Every error carries a stable `code` so callers can translate it for the user.
 */

export type ScoringErrorCode =
  | "INVALID_LEVEL"
  | "INVALID_ANSWER"
  | "UNKNOWN_ITEM"
  | "UNKNOWN_KPI"
  | "UNKNOWN_PILLAR"
  | "MODEL_VERSION_MISMATCH"
  | "INVALID_K"
  | "INVALID_INPUT";

/** Base class: `instanceof ScoringError` catches every scoring error. */
export class ScoringError extends Error {
  readonly code: ScoringErrorCode;
  /** The respondent whose answer was rejected, when there is one (consultant-side only). */
  readonly respondentId: string | undefined;
  constructor(code: ScoringErrorCode, message: string, respondentId?: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.respondentId = respondentId;
  }
}

/** A level outside 1–5 or not a whole number (item answer, desired level or importance). */
export class InvalidLevelError extends ScoringError {
  readonly field: string;
  readonly value: unknown;
  constructor(field: string, value: unknown, respondentId?: string) {
    super("INVALID_LEVEL", `${field}: ${String(value)} is not a whole level from 1 to 5`, respondentId);
    this.field = field;
    this.value = value;
  }
}

/** An answer that is neither a level nor one of the allowed options. */
export class InvalidAnswerError extends ScoringError {
  readonly field: string;
  readonly value: unknown;
  constructor(field: string, value: unknown, respondentId?: string) {
    super("INVALID_ANSWER", `${field}: ${String(value)} is not an allowed answer`, respondentId);
    this.field = field;
    this.value = value;
  }
}

/** An item key the model does not contain. */
export class UnknownItemError extends ScoringError {
  readonly itemKey: string;
  constructor(itemKey: string, respondentId?: string) {
    super("UNKNOWN_ITEM", `unknown item key "${itemKey}"`, respondentId);
    this.itemKey = itemKey;
  }
}

/** A KPI key the model does not contain. */
export class UnknownKpiError extends ScoringError {
  readonly kpiKey: string;
  constructor(kpiKey: string, respondentId?: string) {
    super("UNKNOWN_KPI", `unknown KPI key "${kpiKey}"`, respondentId);
    this.kpiKey = kpiKey;
  }
}

/** A pillar key (in desired, importance or comments) the model does not contain. */
export class UnknownPillarError extends ScoringError {
  readonly pillarKey: string;
  constructor(pillarKey: string, respondentId?: string) {
    super("UNKNOWN_PILLAR", `unknown pillar key "${pillarKey}"`, respondentId);
    this.pillarKey = pillarKey;
  }
}

/** The input was made with another model version than the model passed in. */
export class ModelVersionMismatchError extends ScoringError {
  readonly expected: string;
  readonly actual: string;
  constructor(expected: string, actual: string) {
    super("MODEL_VERSION_MISMATCH", `input uses model version "${actual}", the model is "${expected}"`);
    this.expected = expected;
    this.actual = actual;
  }
}

/** An anonymity threshold k below 3 or not a whole number. */
export class InvalidThresholdError extends ScoringError {
  readonly k: unknown;
  constructor(k: unknown) {
    super("INVALID_K", `anonymity threshold k must be a whole number ≥ 3, got ${String(k)}`);
    this.k = k;
  }
}

/** Any other malformed input (unknown role group, duplicate respondent, bad setting …). */
export class InvalidInputError extends ScoringError {
  constructor(message: string, respondentId?: string) {
    super("INVALID_INPUT", message, respondentId);
  }
}
