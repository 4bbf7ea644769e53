/**
 * Model lint: the writing rules of the items and the KPI ↔ action logic, checked mechanically.
 * Used by lint.test.ts: model 2026.2 must pass; what 2026.1 fails is listed there as expected.
 * Pure data in, findings out (no I/O).
 */
import type { ImprovementAction, Item, LevelNumber, Locale, MaturityModel, PillarKey, StepFromLevel } from "./types";
import { LEVELS, LOCALES } from "./types";

export type LintRule =
  | "joined_claims"
  | "level_marker"
  | "length"
  | "length_spread"
  | "long_sentence"
  | "jargon"
  | "step_without_kpi"
  | "kpi_without_action"
  | "kpi_action_mismatch";

export interface LintFinding {
  readonly rule: LintRule;
  /** Item key + level, KPI key, step "<pillar> <from>→<to>", or the marker word. */
  readonly subject: string;
  readonly detail: string;
}

/**
 * Adverbs and adjectives that say how far along something is instead of what is done, in families
 * (regular expressions on whole words). A respondent who sees "continu" in one of five statements
 * picks the level from the word, not from the practice.
 */
export const LEVEL_MARKERS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  nl: {
    continuity: "continue?|doorlopende?|voortdurende?|constante?|steeds|altijd",
    fixedness: "vaste?|standaard\\w*|gestandaardiseerde?|structure(el|le)|gestructureerde?|systematische?",
    regularity: "regelmatige?|periodieke?|consequente?|consistente?",
    activity: "actie(f|ve)|proactie(f|ve)",
    scarcity: "nauwelijks|weinig|zelden|incidentee?l|af en toe|wisselende?",
    quality: "sterke?|goede?|volledige?|optimaal|geoptimaliseerde?|integrale?|geïntegreerde?|slimme?",
  },
  en: {
    continuity: "continuous(ly)?|continually|ongoing|constant(ly)?|always|keeps?",
    fixedness: "fixed|standard(ised)?|structured?|structural(ly)?|systematic(ally)?|routinely",
    regularity: "regular(ly)?|periodic(ally)?|consistent(ly)?",
    activity: "active(ly)?|proactive(ly)?",
    scarcity: "hardly|little|rarely|occasional(ly)?|inconsistent(ly)?",
    quality: "strong(ly)?|good|fully|optimal|optimised|integrated|smart",
  },
};

/**
 * Jargon a customer-service employee may not know. A statement or question that uses one needs a
 * glossary entry on its item whose term contains the word (e.g. "Klantsysteem (CRM)").
 * "lead" is only checked in Dutch: in English it is also an everyday verb.
 */
export const JARGON: Readonly<Record<Locale, readonly string[]>> = {
  nl: ["CRM", "forecast", "DMU", "ROI", "CLTV", "NPS", "pipeline", "KPI", "dashboard", "leadscoring", "lead scoring", "leads?", "upsell", "cross-sell", "prospects?", "ratio('s)?", "A/B"],
  en: ["CRM", "forecast", "DMU", "ROI", "CLTV", "NPS", "pipeline", "KPIs?", "dashboards?", "lead scoring", "upsell", "cross-sell", "prospects?", "ratios?", "A/B"],
};

/** Share of a marker's occurrences at one level from which it marks that level. */
export const MARKER_SHARE = 0.6;

/** Reading level B1: no sentence longer than this many words. */
export const MAX_SENTENCE_WORDS = 20;
/** A statement may be at most this many times the median statement length (per language). */
export const MAX_LENGTH_FACTOR = 1.5;

const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, "iu");

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function statements(model: MaturityModel): { item: Item; level: LevelNumber }[] {
  return model.pillars.flatMap((p) => p.items.flatMap((item) => LEVELS.map((level) => ({ item, level }))));
}

/** Statements that join claims with ";" (a respondent whose team does one half cannot answer). */
export function joinedClaims(model: MaturityModel): LintFinding[] {
  return statements(model).flatMap(({ item, level }) =>
    LOCALES.filter((l) => item.statements[level][l].includes(";")).map((l) => ({
      rule: "joined_claims" as const,
      subject: `${item.key}#${level}`,
      detail: `${l}: ${item.statements[level][l]}`,
    })),
  );
}

/**
 * A marker word marks a level when all its occurrences fall on one level, or when it occurs at
 * least three times and 60 % or more of those fall on one level (three times the 20 % an even
 * spread over five levels would give).
 */
export function levelMarkers(model: MaturityModel): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const locale of LOCALES) {
    for (const [family, pattern] of Object.entries(LEVEL_MARKERS[locale])) {
      const re = word(pattern);
      const byLevel = new Map<LevelNumber, string[]>();
      for (const { item, level } of statements(model)) {
        if (re.test(item.statements[level][locale])) byLevel.set(level, [...(byLevel.get(level) ?? []), item.key]);
      }
      const total = [...byLevel.values()].reduce((n, keys) => n + keys.length, 0);
      if (total === 0) continue;
      const [topLevel, topKeys] = [...byLevel.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
      if (byLevel.size === 1 || (total >= 3 && topKeys.length / total >= MARKER_SHARE)) {
        findings.push({ rule: "level_marker", subject: `${locale}:${family}`, detail: `${topKeys.length} of ${total} at level ${topLevel}` });
      }
    }
  }
  return findings;
}

/** Statements longer than 1.5 × the median statement length of the model (per language). */
export function overlong(model: MaturityModel): LintFinding[] {
  const all = statements(model);
  return LOCALES.flatMap((locale) => {
    const limit = MAX_LENGTH_FACTOR * median(all.map(({ item, level }) => item.statements[level][locale].length));
    return all
      .filter(({ item, level }) => item.statements[level][locale].length > limit)
      .map(({ item, level }) => ({
        rule: "length" as const,
        subject: `${item.key}#${level}`,
        detail: `${locale}: ${item.statements[level][locale].length} > ${limit.toFixed(0)} characters`,
      }));
  });
}

/** Within an item, the longest statement may be at most this many times the shortest (length is a cue). */
export const MAX_ITEM_SPREAD = 1.6;

/** Items whose longest statement is more than 1.6 × their shortest (respondents read "longest = best"). */
export function lengthSpread(model: MaturityModel): LintFinding[] {
  return model.pillars.flatMap((p) =>
    p.items.flatMap((item) =>
      LOCALES.flatMap((locale) => {
        const lengths = LEVELS.map((level) => item.statements[level][locale].length);
        const ratio = Math.max(...lengths) / Math.min(...lengths);
        return ratio > MAX_ITEM_SPREAD
          ? [{ rule: "length_spread" as const, subject: item.key, detail: `${locale}: longest/shortest = ${ratio.toFixed(2)}` }]
          : [];
      }),
    ),
  );
}

/** Sentences of more than 20 words (B1). */
export function longSentences(model: MaturityModel): LintFinding[] {
  return statements(model).flatMap(({ item, level }) =>
    LOCALES.flatMap((locale) =>
      item.statements[level][locale]
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length > MAX_SENTENCE_WORDS)
        .map((sentence) => ({ rule: "long_sentence" as const, subject: `${item.key}#${level}`, detail: `${locale}: ${sentence}` })),
    ),
  );
}

/** Jargon in a statement or question that the item's glossary does not explain. */
export function unexplainedJargon(model: MaturityModel): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const item of model.pillars.flatMap((p) => p.items)) {
    for (const locale of LOCALES) {
      const terms = (item.glossary ?? []).map((g) => g.term[locale]);
      const texts = [item.question[locale], ...LEVELS.map((level) => item.statements[level][locale])];
      for (const jargon of JARGON[locale]) {
        const re = word(jargon);
        if (!texts.some((t) => re.test(t))) continue;
        if (terms.some((term) => re.test(term) || word(jargon.replace(/[?(].*$/, "").replace(/s$/, "")).test(term))) continue;
        findings.push({ rule: "jargon", subject: item.key, detail: `${locale}: "${jargon}" without explanation` });
      }
    }
  }
  return findings;
}

/** Which KPIs an action starts measuring: its own link, or a reading supplied for an older model. */
export type ActionKpis = (action: ImprovementAction) => readonly string[];
const linkedKpis: ActionKpis = (action) => action.kpiKeys ?? [];

const STEPS: readonly StepFromLevel[] = [1, 2, 3, 4];

/**
 * The roadmap step L → L+1 of a pillar names that pillar's level-(L+1) KPIs (lib/scoring/roadmap.ts).
 * Every step needs one; every level-2–5 KPI needs an action in its step that measures it; an
 * action may only measure KPIs of its own pillar and of its step's target level.
 */
export function kpiActionLogic(model: MaturityModel, actionKpis: ActionKpis = linkedKpis): LintFinding[] {
  const findings: LintFinding[] = [];
  const pillars: readonly PillarKey[] = model.pillars.map((p) => p.key);
  for (const pillar of pillars) {
    for (const from of STEPS) {
      if (!model.kpis.some((k) => k.pillar === pillar && k.level === from + 1)) {
        findings.push({ rule: "step_without_kpi", subject: `${pillar} ${from}→${from + 1}`, detail: "no KPI of this pillar at the target level" });
      }
    }
  }
  for (const kpi of model.kpis.filter((k) => k.level >= 2)) {
    const inStep = model.actions.filter((a) => a.pillar === kpi.pillar && a.fromLevel === kpi.level - 1);
    if (!inStep.some((a) => actionKpis(a).includes(kpi.key))) {
      findings.push({ rule: "kpi_without_action", subject: kpi.key, detail: `no action of ${kpi.pillar} ${kpi.level - 1}→${kpi.level} measures it` });
    }
  }
  for (const action of model.actions) {
    for (const key of actionKpis(action)) {
      const kpi = model.kpis.find((k) => k.key === key);
      if (!kpi || kpi.pillar !== action.pillar || kpi.level !== action.fromLevel + 1) {
        findings.push({
          rule: "kpi_action_mismatch",
          subject: `${action.key} → ${key}`,
          detail: kpi ? `KPI belongs to ${kpi.pillar}, level ${kpi.level}` : "unknown KPI",
        });
      }
    }
  }
  return findings;
}

/** All findings for a model. */
export function lintModel(model: MaturityModel, actionKpis: ActionKpis = linkedKpis): LintFinding[] {
  return [
    ...joinedClaims(model),
    ...levelMarkers(model),
    ...overlong(model),
    ...lengthSpread(model),
    ...longSentences(model),
    ...unexplainedJargon(model),
    ...kpiActionLogic(model, actionKpis),
  ];
}
