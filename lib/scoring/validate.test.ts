import { describe, expect, it } from "vitest";
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
import { scoreEngagement } from "./engagement";
import { clientSafeView } from "./client-safe";
import { fixtureModel as model, simpleResponse } from "./testing/fixture-model";
import type { EngagementInput, ScanResponse } from "./types";
import { findValidationErrors, resolveSettings, validateResponses } from "./validate";

const ok = simpleResponse("r1", "sales", { "organisation.crm": 3 });
const input = (responses: ScanResponse[], extra: Partial<EngagementInput> = {}): EngagementInput => ({
  modelVersion: "2026.1",
  responses,
  ...extra,
});
// Deliberately bad values, as they could arrive from a database or a client.
const bad = (r: Record<string, unknown>) => ({ ...ok, ...r }) as unknown as ScanResponse;

describe("validateResponses", () => {
  it("accepts a valid input and fills in default settings", () => {
    expect(validateResponses(model, input([ok]))).toEqual({ weighting: "role_group", k: 3 });
  });
  it.each([0, 6, 2.5, -1, Number.NaN])("rejects item level %s with INVALID_LEVEL", (level) => {
    const e = findValidationErrors(model, input([bad({ items: { "organisation.crm": level } })]))[0];
    expect(e).toBeInstanceOf(InvalidLevelError);
    expect(e?.code).toBe("INVALID_LEVEL");
    expect(e?.respondentId).toBe("r1");
  });
  it("rejects desired level and importance outside 1–5", () => {
    expect(() => validateResponses(model, input([bad({ desired: { coaching: 6 } })]))).toThrow(InvalidLevelError);
    expect(() => validateResponses(model, input([bad({ importance: { coaching: 0 } })]))).toThrow(InvalidLevelError);
  });
  it("rejects an unknown answer word", () => {
    expect(() => validateResponses(model, input([bad({ items: { "organisation.crm": "maybe" } })]))).toThrow(InvalidAnswerError);
    expect(() => validateResponses(model, input([bad({ kpis: { k1_1: "perhaps" } })]))).toThrow(InvalidAnswerError);
  });
  it("rejects an unknown item key", () => {
    const e = findValidationErrors(model, input([bad({ items: { "organisation.nope": 3 } })]))[0];
    expect(e).toBeInstanceOf(UnknownItemError);
    expect(e?.code).toBe("UNKNOWN_ITEM");
  });
  it("rejects an unknown KPI key", () => {
    expect(() => validateResponses(model, input([bad({ kpis: { nope: "yes" } })]))).toThrow(UnknownKpiError);
  });
  it("rejects an unknown pillar key", () => {
    expect(() => validateResponses(model, input([bad({ desired: { sales: 3 } })]))).toThrow(UnknownPillarError);
  });
  it("rejects a model version mismatch", () => {
    const e = findValidationErrors(model, input([ok], { modelVersion: "2025.9" }))[0];
    expect(e).toBeInstanceOf(ModelVersionMismatchError);
    expect(e?.code).toBe("MODEL_VERSION_MISMATCH");
    expect(() => scoreEngagement(model, input([ok], { modelVersion: "2025.9" }))).toThrow(ModelVersionMismatchError);
  });
  it.each([2, 0, 3.5, Number.NaN])("rejects k = %s", (k) => {
    expect(() => resolveSettings({ k })).toThrow(InvalidThresholdError);
    expect(() => clientSafeView(model, input([ok], { settings: { k } }))).toThrow(expect.objectContaining({ code: "INVALID_K" }));
  });
  it("rejects duplicate respondents, unknown role groups and bad weighting", () => {
    expect(() => validateResponses(model, input([ok, ok]))).toThrow(InvalidInputError);
    expect(() => validateResponses(model, input([bad({ roleGroup: "ceo" })]))).toThrow(InvalidInputError);
    expect(() => validateResponses(model, input([ok], { settings: { weighting: "x" as never } }))).toThrow(InvalidInputError);
  });
  it("rejects a response without its answer objects", () => {
    expect(() => validateResponses(model, input([bad({ items: null })]))).toThrow(InvalidInputError);
    expect(() => validateResponses(model, input([bad({ kpis: [] })]))).toThrow(InvalidInputError);
  });
  it("lists every problem; all are ScoringErrors with a code", () => {
    const errors = findValidationErrors(
      model,
      input([bad({ items: { "organisation.crm": 7, "x.y": 1 }, kpis: { zz: "yes" } })], { modelVersion: "0" }),
    );
    expect(errors.map((e) => e.code)).toEqual(["MODEL_VERSION_MISMATCH", "INVALID_LEVEL", "UNKNOWN_ITEM", "UNKNOWN_KPI"]);
    for (const e of errors) expect(e).toBeInstanceOf(ScoringError);
  });
});
