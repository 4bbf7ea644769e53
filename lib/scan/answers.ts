/**
 * The answers of one respondent as the scan stores them (scan_answers.key / value), and their
 * validation against the model version of the respondent's engagement. Pure: shared by the
 * save endpoint, the pages and the tests.
 *
 * Keys and values:
 * - `item:<itemKey>`       "1".."5" | "dont_know" | "not_applicable"
 * - `desired:<pillar>`     "1".."5"
 * - `importance:<pillar>`  "1".."5"
 * - `kpi:<kpiKey>`         "yes" | "no" | "dont_know"
 * - `comment:<pillar>`     free text, at most 2000 characters; "" means "no comment" (an emptied
 *                          comment is stored as "" rather than deleted, so the sequence guard
 *                          still protects it against a late, older save)
 */
import type { MaturityModel, PillarKey } from "../model/types";

export const ANSWER_KINDS = ["item", "desired", "importance", "kpi", "comment"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const LEVEL_VALUES = ["1", "2", "3", "4", "5"] as const;
export const ITEM_VALUES = [...LEVEL_VALUES, "dont_know", "not_applicable"] as const;
export const KPI_VALUES = ["yes", "no", "dont_know"] as const;
export const MAX_COMMENT_LENGTH = 2000;
/** Longest key the model can produce is far below this; anything longer is refused unread. */
export const MAX_KEY_LENGTH = 120;

export type AnswerProblem = "unknown_key" | "invalid_value";

export const itemAnswerKey = (itemKey: string) => `item:${itemKey}`;
export const desiredKey = (pillar: PillarKey) => `desired:${pillar}`;
export const importanceKey = (pillar: PillarKey) => `importance:${pillar}`;
export const kpiAnswerKey = (kpiKey: string) => `kpi:${kpiKey}`;
export const commentKey = (pillar: PillarKey) => `comment:${pillar}`;

export function answerKind(key: string): AnswerKind | null {
  const colon = key.indexOf(":");
  if (colon <= 0) return null;
  const kind = key.slice(0, colon);
  return (ANSWER_KINDS as readonly string[]).includes(kind) ? (kind as AnswerKind) : null;
}

/** Every key the model accepts, with the kind of each (built once per model). */
const keyIndexes = new WeakMap<MaturityModel, ReadonlyMap<string, AnswerKind>>();

export function modelAnswerKeys(model: MaturityModel): ReadonlyMap<string, AnswerKind> {
  let index = keyIndexes.get(model);
  if (!index) {
    const map = new Map<string, AnswerKind>();
    for (const pillar of model.pillars) {
      for (const item of pillar.items) map.set(itemAnswerKey(item.key), "item");
      map.set(desiredKey(pillar.key), "desired");
      map.set(importanceKey(pillar.key), "importance");
      map.set(commentKey(pillar.key), "comment");
    }
    for (const kpi of model.kpis) map.set(kpiAnswerKey(kpi.key), "kpi");
    index = map;
    keyIndexes.set(model, index);
  }
  return index;
}

/** Normalises a comment: whitespace only becomes "" (no comment). */
export function normaliseComment(value: string): string {
  return value.trim() === "" ? "" : value;
}

/**
 * Checks one answer. Returns the value to store (comments normalised) or the problem.
 * NUL characters are refused (PostgreSQL text cannot hold them).
 */
export function checkAnswer(
  model: MaturityModel,
  key: string,
  value: string,
): { ok: true; value: string } | { ok: false; problem: AnswerProblem } {
  const kind = key.length <= MAX_KEY_LENGTH ? modelAnswerKeys(model).get(key) : undefined;
  if (!kind) return { ok: false, problem: "unknown_key" };
  switch (kind) {
    case "item":
      return (ITEM_VALUES as readonly string[]).includes(value) ? { ok: true, value } : { ok: false, problem: "invalid_value" };
    case "desired":
    case "importance":
      return (LEVEL_VALUES as readonly string[]).includes(value) ? { ok: true, value } : { ok: false, problem: "invalid_value" };
    case "kpi":
      return (KPI_VALUES as readonly string[]).includes(value) ? { ok: true, value } : { ok: false, problem: "invalid_value" };
    case "comment":
      if (value.length > MAX_COMMENT_LENGTH || value.includes("\u0000")) return { ok: false, problem: "invalid_value" };
      return { ok: true, value: normaliseComment(value) };
  }
}

export type AnswerMap = ReadonlyMap<string, string>;

export interface PillarProgress {
  readonly pillar: PillarKey;
  /** 1-based page number of the pillar (1–5). */
  readonly page: number;
  /** Item keys (model keys, without "item:") that have no answer at all. */
  readonly openItems: readonly string[];
  /** Items answered with a level 1–5 (don't know / not applicable do not count). */
  readonly levelAnswers: number;
  /** Items with any answer, including don't know / not applicable. */
  readonly answeredItems: number;
  readonly desiredOpen: boolean;
  readonly importanceOpen: boolean;
  /** Fewer than 3 items answered with a level: the pillar counts as insufficient. */
  readonly insufficient: boolean;
}

export interface ScanProgress {
  readonly pillars: readonly PillarProgress[];
  readonly openKpis: readonly string[];
  readonly answeredKpis: number;
  readonly totalKpis: number;
  /** Items with any answer (the respondents.answered_count definition). */
  readonly answeredItems: number;
  readonly totalItems: number;
  /** True when nothing at all has been answered yet. */
  readonly empty: boolean;
}

/** Kept in step with lib/scoring (MIN_ANSWERED_ITEMS_PER_PILLAR). */
export const MIN_LEVEL_ANSWERS_PER_PILLAR = 3;

export function scanProgress(model: MaturityModel, answers: AnswerMap): ScanProgress {
  const pillars = model.pillars.map((pillar, index): PillarProgress => {
    const openItems: string[] = [];
    let levelAnswers = 0;
    for (const item of pillar.items) {
      const value = answers.get(itemAnswerKey(item.key));
      if (value === undefined) openItems.push(item.key);
      else if ((LEVEL_VALUES as readonly string[]).includes(value)) levelAnswers++;
    }
    return {
      pillar: pillar.key,
      page: index + 1,
      openItems,
      levelAnswers,
      answeredItems: pillar.items.length - openItems.length,
      desiredOpen: !answers.has(desiredKey(pillar.key)),
      importanceOpen: !answers.has(importanceKey(pillar.key)),
      insufficient: levelAnswers < MIN_LEVEL_ANSWERS_PER_PILLAR,
    };
  });
  const openKpis = model.kpis.filter((k) => !answers.has(kpiAnswerKey(k.key))).map((k) => k.key);
  const totalItems = pillars.reduce((n, p) => n + p.openItems.length + p.answeredItems, 0);
  const answeredItems = pillars.reduce((n, p) => n + p.answeredItems, 0);
  let empty = true;
  for (const [key, value] of answers) {
    if (answerKind(key) !== "comment" || value !== "") {
      empty = false;
      break;
    }
  }
  return {
    pillars,
    openKpis,
    answeredKpis: model.kpis.length - openKpis.length,
    totalKpis: model.kpis.length,
    answeredItems,
    totalItems,
    empty,
  };
}

/** The pages of the scan, in order; the welcome page is not a step. */
export type ScanPage = { kind: "pillar"; page: number } | { kind: "kpis" } | { kind: "review" };

export const pillarStepCount = (model: MaturityModel) => model.pillars.length;
/** Pillars + KPI page + review ("Stap 2 van 7"). */
export const totalSteps = (model: MaturityModel) => model.pillars.length + 2;

export function pagePath(page: ScanPage): string {
  if (page.kind === "pillar") return `/scan/pillar/${page.page}`;
  return page.kind === "kpis" ? "/scan/kpis" : "/scan/review";
}

/**
 * Where a returning respondent resumes: the first pillar page with an unanswered item (or an
 * unanswered desired level / importance), then the KPI page if a KPI is open, else the review.
 */
export function resumePage(progress: ScanProgress): ScanPage {
  const pillar = progress.pillars.find((p) => p.openItems.length > 0 || p.desiredOpen || p.importanceOpen);
  if (pillar) return { kind: "pillar", page: pillar.page };
  if (progress.openKpis.length > 0) return { kind: "kpis" };
  return { kind: "review" };
}
