import { t as localized, type LevelNumber, type Locale, type MaturityModel, type PillarKey, type StepFromLevel } from "@/lib/model";

/** Props every section of the model page receives. */
export interface ModelSectionProps {
  readonly model: MaturityModel;
  readonly locale: Locale;
}

/** Anchor ids shared by the table of contents and the sections. */
export const SECTION_IDS = {
  toc: "model-toc",
  intro: "about-the-scan",
  levels: "levels",
  pillars: "pillars",
  kpis: "kpis",
  actions: "action-library",
} as const;

export const pillarAnchor = (pillar: PillarKey) => `pillar-${pillar}`;
export const actionsAnchor = (pillar: PillarKey) => `actions-${pillar}`;
export const levelAnchor = (level: LevelNumber) => `level-${level}`;
export const kpiLevelAnchor = (level: LevelNumber) => `kpis-level-${level}`;

/** The steps L → L+1 of the action library, in order. */
export const STEPS: readonly StepFromLevel[] = [1, 2, 3, 4];

/** The name of a level in the given locale (the level number if the model lacked it). */
export function levelName(model: MaturityModel, level: LevelNumber, locale: Locale): string {
  const found = model.levels.find((candidate) => candidate.level === level);
  return found ? localized(found.name, locale) : String(level);
}

/** The name of a pillar in the given locale (the key if the model lacked it). */
export function pillarName(model: MaturityModel, pillar: PillarKey, locale: Locale): string {
  const found = model.pillars.find((candidate) => candidate.key === pillar);
  return found ? localized(found.name, locale) : pillar;
}

/** Shared classes, so the sections look alike. */
export const headingClass = {
  h2: "mb-1 text-xl font-semibold tracking-tight",
  h3: "text-lg font-semibold",
  h4: "font-semibold",
};
export const sectionClass = "scroll-mt-4";
