/**
 * Validation of scoring input. What cannot be scored is rejected with a typed error
 * (see errors.ts) instead of being skipped or turned into 0.
 */
import type { MaturityModel } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import {
  InvalidAnswerError,
  InvalidInputError,
  InvalidLevelError,
  InvalidThresholdError,
  ModelVersionMismatchError,
  ScoringError,
  UnknownItemError,
  UnknownKpiError,
  UnknownPillarError,
} from "./errors";
import { isLevel, itemIndex, kpiIndex, pillarKeys } from "./model-helpers";
import type { EngagementInput, ScanResponse, ScoringSettings } from "./types";
import { DEFAULT_K, MIN_K } from "./types";

const KPI_ANSWERS: readonly unknown[] = ["yes", "no", "dont_know"];
const OFF_SCALE: readonly unknown[] = ["dont_know", "not_applicable"];

/** Checks one anonymity threshold: a whole number ≥ 3. */
export function checkK(k: unknown): number {
  if (typeof k !== "number" || !Number.isInteger(k) || k < MIN_K) throw new InvalidThresholdError(k);
  return k;
}

/** Settings with defaults filled in (role-group weighting, k = 3), validated. */
export function resolveSettings(settings: Partial<ScoringSettings> | undefined): ScoringSettings {
  const weighting = settings?.weighting ?? "role_group";
  if (weighting !== "role_group" && weighting !== "respondent") {
    throw new InvalidInputError(`unknown weighting "${String(weighting)}"`);
  }
  return { weighting, k: checkK(settings?.k ?? DEFAULT_K) };
}

/** Throws when the input's model version differs from the model's. */
export function checkModelVersion(model: MaturityModel, modelVersion: string): void {
  if (modelVersion !== model.version) throw new ModelVersionMismatchError(model.version, modelVersion);
}

/** All problems of one response, in a fixed order (items, desired, importance, KPIs, comments). */
export function findResponseErrors(model: MaturityModel, response: ScanResponse): ScoringError[] {
  const errors: ScoringError[] = [];
  const id = response.respondentId;
  if (typeof id !== "string" || id.trim() === "") {
    errors.push(new InvalidInputError("respondentId must be a non-empty string"));
  }
  if (!(ROLE_GROUPS as readonly string[]).includes(response.roleGroup)) {
    errors.push(new InvalidInputError(`unknown role group "${String(response.roleGroup)}"`, id));
  }
  if (response.team !== undefined && response.team !== null && typeof response.team !== "string") {
    errors.push(new InvalidInputError("team must be a string or null", id));
  }
  for (const field of ["items", "desired", "importance", "kpis"] as const) {
    const value: unknown = response[field];
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push(new InvalidInputError(`${field} must be an object`, id));
      return errors;
    }
  }
  const items = itemIndex(model);
  for (const [key, answer] of Object.entries(response.items ?? {})) {
    if (answer === undefined) continue;
    if (!items.has(key)) errors.push(new UnknownItemError(key, id));
    else if (typeof answer === "number") {
      if (!isLevel(answer)) errors.push(new InvalidLevelError(`items.${key}`, answer, id));
    } else if (!OFF_SCALE.includes(answer)) errors.push(new InvalidAnswerError(`items.${key}`, answer, id));
  }
  const pillars: readonly string[] = pillarKeys(model);
  for (const field of ["desired", "importance"] as const) {
    for (const [key, value] of Object.entries(response[field] ?? {})) {
      if (value === undefined) continue;
      if (!pillars.includes(key)) errors.push(new UnknownPillarError(key, id));
      else if (!isLevel(value)) errors.push(new InvalidLevelError(`${field}.${key}`, value, id));
    }
  }
  const kpis = kpiIndex(model);
  for (const [key, answer] of Object.entries(response.kpis ?? {})) {
    if (answer === undefined) continue;
    if (!kpis.has(key)) errors.push(new UnknownKpiError(key, id));
    else if (!KPI_ANSWERS.includes(answer)) errors.push(new InvalidAnswerError(`kpis.${key}`, answer, id));
  }
  for (const [key, text] of Object.entries(response.comments ?? {})) {
    if (text === undefined) continue;
    if (!pillars.includes(key)) errors.push(new UnknownPillarError(key, id));
    else if (typeof text !== "string") errors.push(new InvalidAnswerError(`comments.${key}`, text, id));
  }
  return errors;
}

/**
 * Every problem in an engagement input, in a fixed order: model version, settings, then the
 * responses in the order given. Empty when the input can be scored.
 */
export function findValidationErrors(model: MaturityModel, input: EngagementInput): ScoringError[] {
  const errors: ScoringError[] = [];
  if (input.modelVersion !== model.version) {
    errors.push(new ModelVersionMismatchError(model.version, input.modelVersion));
  }
  try {
    resolveSettings(input.settings);
  } catch (e) {
    if (e instanceof ScoringError) errors.push(e);
    else throw e;
  }
  const seen = new Set<string>();
  for (const response of input.responses) {
    if (seen.has(response.respondentId)) {
      errors.push(new InvalidInputError("duplicate respondent", response.respondentId));
    }
    seen.add(response.respondentId);
    errors.push(...findResponseErrors(model, response));
  }
  return errors;
}

/**
 * Throws the first problem found (see {@link findValidationErrors}); returns the resolved
 * settings when the input can be scored. Every engine function that takes an
 * {@link EngagementInput} calls this first.
 */
export function validateResponses(model: MaturityModel, input: EngagementInput): ScoringSettings {
  const [first] = findValidationErrors(model, input);
  if (first) throw first;
  return resolveSettings(input.settings);
}

/** Throws the first problem of a single response. */
export function validateResponse(model: MaturityModel, response: ScanResponse): void {
  const [first] = findResponseErrors(model, response);
  if (first) throw first;
}
