import type { LevelNumber, MaturityModel } from "./types";

/** The lowest KPI level that counts as evidence of maturity (2026.1: 2; 2026.2: 3). */
export function kpiEvidenceFromLevel(model: MaturityModel): LevelNumber {
  return model.kpiEvidenceFromLevel ?? 2;
}

/**
 * True when the model presents KPIs of this level as basics (activity counts, not evidence).
 * Only models that declare `kpiEvidenceFromLevel` do so: 2026.1 screens and reports stay as released.
 */
export function isBasicKpiLevel(model: MaturityModel, level: LevelNumber): boolean {
  return model.kpiEvidenceFromLevel !== undefined && level < model.kpiEvidenceFromLevel;
}
