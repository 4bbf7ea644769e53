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
  /**
   * Since 2026.2: a short description without level name or number, offered as an answer to the
   * desired-level question (a named level invites choosing the name instead of the practice).
   */
  readonly ambition?: Text;
}

/** A term in an item that not every respondent knows, with a short explanation (shown on demand). */
export interface GlossaryEntry {
  readonly term: Text;
  readonly explanation: Text;
}

export interface Item {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  /** Short theme name, e.g. "Forecasting". */
  readonly theme: Text;
  readonly question: Text;
  /** One observable-behaviour statement per level; shown without level numbers. */
  readonly statements: Readonly<Record<LevelNumber, Text>>;
  /** Since 2026.2: explanations of the jargon the item uses (shown as "what does … mean?"). */
  readonly glossary?: readonly GlossaryEntry[];
}

export interface Pillar {
  readonly key: PillarKey;
  readonly name: Text;
  readonly description: Text;
  /** The pillar's items in display order (five in 2026.1; 2026.2 gives the sales organisation six). */
  readonly items: readonly Item[];
  readonly desiredLevelQuestion: Text;
  readonly importanceQuestion: Text;
}

/** How often a KPI is measured and reviewed (since 2026.2). */
export const KPI_RHYTHMS = ["monthly", "quarterly", "yearly"] as const;
export type KpiRhythm = (typeof KPI_RHYTHMS)[number];

export interface Kpi {
  readonly key: string;
  readonly level: LevelNumber;
  /** The pillar this KPI mostly evidences. */
  readonly pillar: PillarKey;
  readonly name: Text;
  readonly explanation: Text;
  /**
   * Since 2026.2: the rhythm at which the KPI is measured and reviewed; the scan asks "do you
   * track and review this at its rhythm". Absent (2026.1): the model's single question applies.
   */
  readonly rhythm?: KpiRhythm;
}

export interface ImprovementAction {
  readonly key: string;
  readonly pillar: PillarKey;
  /** The action belongs to the step fromLevel → fromLevel + 1. */
  readonly fromLevel: StepFromLevel;
  readonly title: Text;
  /** What to set up, who does it, what changes. */
  readonly description: Text;
  /**
   * Since 2026.2: the KPIs this action starts measuring. Each is a KPI of the action's pillar and
   * of level fromLevel + 1 (checked by the model lint).
   */
  readonly kpiKeys?: readonly string[];
}

/** How the scan presents a model version (since 2026.2; absent = fixed order 1 → 5). */
export interface Presentation {
  /** "shuffled": the statements of each item in a per-respondent order (stable across visits). */
  readonly statementOrder: "fixed" | "shuffled";
}

export interface MaturityModel {
  readonly version: string;
  readonly levels: readonly MaturityLevel[];
  readonly pillars: readonly Pillar[];
  readonly kpis: readonly Kpi[];
  readonly actions: readonly ImprovementAction[];
  readonly roleGroups: Readonly<Record<RoleGroup, Text>>;
  /** Absent (2026.1): statements in the order 1 → 5. */
  readonly presentation?: Presentation;
  /**
   * KPIs of a level below this one are basics (activity counts): shown, but never evidence of
   * maturity, so they never raise the "not backed by KPIs" flag. Absent (2026.1): 2, i.e. only
   * level 1 is left out, as the 2026.1 rule says.
   */
  readonly kpiEvidenceFromLevel?: LevelNumber;
  /** Texts for the answer options outside the scale, the KPI question and scale labels. */
  readonly texts: {
    readonly dontKnow: Text;
    readonly notApplicable: Text;
    readonly kpiQuestion: Text;
    readonly kpiYes: Text;
    readonly kpiNo: Text;
    readonly kpiDontKnow: Text;
    readonly importanceScale: Readonly<Record<LevelNumber, Text>>;
    /** Since 2026.2: the KPI question per rhythm and the rhythm's label. */
    readonly kpiRhythmQuestion?: Readonly<Record<KpiRhythm, Text>>;
    readonly kpiRhythmLabel?: Readonly<Record<KpiRhythm, Text>>;
  };
}
