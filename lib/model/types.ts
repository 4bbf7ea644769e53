/**
 * Types of the Sales Management Maturity model (the instrument).
 * The model is versioned data: once a version is released its keys and texts never change,
 * because engagements store the version they were run with.
 */

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Every user-facing text of the model exists in Dutch and English. */
export type Text = Readonly<Record<Locale, string>>;

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type LevelNumber = (typeof LEVELS)[number];
/** A step L → L+1 starts at one of these levels. */
export type StepFromLevel = 1 | 2 | 3 | 4;

export const PILLAR_KEYS = [
  "organisation",
  "marketing",
  "coaching",
  "leadership",
  "accounts",
] as const;
export type PillarKey = (typeof PILLAR_KEYS)[number];

/** Role groups a respondent belongs to; scores are weighted by group by default. */
export const ROLE_GROUPS = [
  "management",
  "sales",
  "marketing",
  "account_management",
  "customer_service",
  "other",
] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];

/** Item keys are "<pillar>.<theme>", stable for the life of a model version. */
export type ItemKey = `${PillarKey}.${string}`;

export interface MaturityLevel {
  readonly level: LevelNumber;
  readonly name: Text;
  /** The article's key words for this level. */
  readonly keywords: Readonly<Record<Locale, readonly string[]>>;
  readonly description: Text;
}

export interface Item {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  /** Short theme name, e.g. "Forecasting". */
  readonly theme: Text;
  readonly question: Text;
  /** One observable-behaviour statement per level; shown without level numbers. */
  readonly statements: Readonly<Record<LevelNumber, Text>>;
}

export interface Pillar {
  readonly key: PillarKey;
  readonly name: Text;
  readonly description: Text;
  /** Exactly five items, in display order. */
  readonly items: readonly Item[];
  readonly desiredLevelQuestion: Text;
  readonly importanceQuestion: Text;
}

export interface Kpi {
  readonly key: string;
  readonly level: LevelNumber;
  /** The pillar this KPI mostly evidences. */
  readonly pillar: PillarKey;
  readonly name: Text;
  readonly explanation: Text;
}

export interface ImprovementAction {
  readonly key: string;
  readonly pillar: PillarKey;
  /** The action belongs to the step fromLevel → fromLevel + 1. */
  readonly fromLevel: StepFromLevel;
  readonly title: Text;
  /** What to set up, who does it, what changes. */
  readonly description: Text;
}

export interface MaturityModel {
  readonly version: string;
  readonly levels: readonly MaturityLevel[];
  readonly pillars: readonly Pillar[];
  readonly kpis: readonly Kpi[];
  readonly actions: readonly ImprovementAction[];
  readonly roleGroups: Readonly<Record<RoleGroup, Text>>;
  /** Texts for the answer options outside the scale, the KPI question and scale labels. */
  readonly texts: {
    readonly dontKnow: Text;
    readonly notApplicable: Text;
    readonly kpiQuestion: Text;
    readonly kpiYes: Text;
    readonly kpiNo: Text;
    readonly kpiDontKnow: Text;
    readonly importanceScale: Readonly<Record<LevelNumber, Text>>;
  };
}
