import type {
  ImprovementAction,
  Item,
  Kpi,
  LevelNumber,
  Locale,
  MaturityModel,
  Pillar,
  PillarKey,
  StepFromLevel,
  Text,
} from "./types";
import { model2026_1 } from "./v2026_1";
import { model2026_2 } from "./v2026_2";

export * from "./types";
export * from "./keys";
export { model2026_1, model2026_2 };

/** All released model versions, by version string. Never remove or edit an entry. */
export const MODEL_VERSIONS: Readonly<Record<string, MaturityModel>> = Object.freeze({
  "2026.1": model2026_1,
  "2026.2": model2026_2,
});

/** The version new engagements are created with (defined in ./version so the database layer need not load the texts). */
export { CURRENT_MODEL_VERSION } from "./version";

/** Thrown by getModel for a version string that is not in MODEL_VERSIONS. */
export class UnknownModelVersionError extends Error {
  readonly version: string;

  constructor(version: string) {
    super(`Unknown maturity model version: ${JSON.stringify(version)}`);
    this.name = "UnknownModelVersionError";
    this.version = version;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** The model of the given version; throws UnknownModelVersionError when it does not exist. */
export function getModel(version: string): MaturityModel {
  if (!Object.prototype.hasOwnProperty.call(MODEL_VERSIONS, version)) {
    throw new UnknownModelVersionError(version);
  }
  return MODEL_VERSIONS[version] as MaturityModel;
}

/** All items of the model, in display order (pillar order, then item order). */
export function allItems(model: MaturityModel): readonly Item[] {
  return model.pillars.flatMap((pillar) => pillar.items);
}

/** The item with the given key, or undefined when the model has no such item. */
export function itemByKey(model: MaturityModel, key: string): Item | undefined {
  for (const pillar of model.pillars) {
    const item = pillar.items.find((candidate) => candidate.key === key);
    if (item) return item;
  }
  return undefined;
}

/** The pillar with the given key. Every model has all five pillars, so a miss is a bug: it throws. */
export function pillarByKey(model: MaturityModel, key: PillarKey): Pillar {
  const pillar = model.pillars.find((candidate) => candidate.key === key);
  if (!pillar) {
    throw new Error(`Model ${model.version} has no pillar ${JSON.stringify(key)}`);
  }
  return pillar;
}

/** The KPIs the article lists for the given level, in model order. */
export function kpisByLevel(model: MaturityModel, level: LevelNumber): readonly Kpi[] {
  return model.kpis.filter((kpi) => kpi.level === level);
}

/** The improvement actions for the step fromLevel → fromLevel + 1 of a pillar, in model order. */
export function actionsForStep(
  model: MaturityModel,
  pillar: PillarKey,
  fromLevel: StepFromLevel,
): readonly ImprovementAction[] {
  return model.actions.filter((action) => action.pillar === pillar && action.fromLevel === fromLevel);
}

/** The text in the requested locale (falls back to Dutch if that translation were ever empty). */
export function t(text: Text, locale: Locale): string {
  return text[locale] || text.nl;
}
export { isBasicKpiLevel, kpiEvidenceFromLevel } from "./evidence";
