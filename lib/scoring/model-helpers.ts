/** Lookups on a model that several scoring modules share. */
import type { Item, Kpi, LevelNumber, MaturityModel, PillarKey } from "../model/types";
import { PILLAR_KEYS } from "../model/types";

/** All items of the model in display order. */
export function allItems(model: MaturityModel): readonly Item[] {
  return model.pillars.flatMap((p) => p.items);
}

// Models are immutable data, so their lookups are built once per model object (validation asks
// for them once per respondent).
const itemIndexes = new WeakMap<MaturityModel, ReadonlyMap<string, Item>>();
const kpiIndexes = new WeakMap<MaturityModel, ReadonlyMap<string, Kpi>>();
const pillarKeyLists = new WeakMap<MaturityModel, readonly PillarKey[]>();

function cached<T>(cache: WeakMap<MaturityModel, T>, model: MaturityModel, build: () => T): T {
  let value = cache.get(model);
  if (value === undefined) {
    value = build();
    cache.set(model, value);
  }
  return value;
}

/** Item key → item. */
export function itemIndex(model: MaturityModel): ReadonlyMap<string, Item> {
  return cached(itemIndexes, model, () => new Map(allItems(model).map((i) => [i.key as string, i])));
}

/** KPI key → KPI. */
export function kpiIndex(model: MaturityModel): ReadonlyMap<string, Kpi> {
  return cached(kpiIndexes, model, () => new Map(model.kpis.map((k) => [k.key, k])));
}

/** The pillar keys the model uses, in display order. */
export function pillarKeys(model: MaturityModel): readonly PillarKey[] {
  return cached(pillarKeyLists, model, () => Object.freeze(model.pillars.map((p) => p.key)));
}

/** True for a whole number from 1 to 5. */
export function isLevel(value: unknown): value is LevelNumber {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** True for one of the five pillar keys of the product. */
export function isPillarKey(value: string): value is PillarKey {
  return (PILLAR_KEYS as readonly string[]).includes(value);
}
