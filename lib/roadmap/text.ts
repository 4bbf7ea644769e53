/**
 * The text a roadmap item shows: the consultant's own, else the model action's in the given
 * language. Also the target-quarter choices. Pure.
 */
import type { Locale, MaturityModel } from "../model/types";
import type { RoadmapItem } from "./document";

export interface ItemText {
  readonly title: string;
  readonly description: string;
}

export function itemText(model: MaturityModel, item: RoadmapItem, locale: Locale): ItemText {
  const action = item.actionKey ? model.actions.find((a) => a.key === item.actionKey) : undefined;
  return {
    title: item.title ?? (action ? action.title[locale] || action.title.nl : ""),
    description: item.description ?? (action ? action.description[locale] || action.description.nl : ""),
  };
}

/** "YYYY-Qn" of a date (UTC). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The current quarter and the next `count - 1`, e.g. ["2026-Q4", "2027-Q1", …]. */
export function nextQuarters(now: Date, count = 12): string[] {
  const start = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3);
  return Array.from({ length: count }, (_, i) => `${Math.floor((start + i) / 4)}-Q${((start + i) % 4) + 1}`);
}
