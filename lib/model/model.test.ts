import { describe, expect, it } from "vitest";
import {
  CURRENT_MODEL_VERSION,
  ITEM_KEYS_2026_1,
  ITEM_KEYS_2026_2,
  KPI_RHYTHMS,
  LEVELS,
  LOCALES,
  MODEL_VERSIONS,
  PILLAR_KEYS,
  ROLE_GROUPS,
  UnknownModelVersionError,
  actionsForStep,
  allItems,
  getModel,
  itemByKey,
  kpisByLevel,
  model2026_1,
  model2026_2,
  pillarByKey,
  t,
} from "./index";
import type { MaturityModel, PillarKey, StepFromLevel } from "./index";

const STEPS: readonly StepFromLevel[] = [1, 2, 3, 4];

/**
 * Stability snapshot, written out literally on purpose: renaming, removing or adding a KPI or an
 * action in a released model version must break this test.
 */
const KPI_KEYS_2026_1 = [
  // level 1
  "revenue_per_rep",
  "deals_closed",
  "average_deal_size",
  "new_customers",
  "short_term_revenue",
  "sales_target_attainment",
  // level 2
  "response_time",
  "customer_retention",
  "cost_of_sales_per_customer",
  "quota_attainment",
  "short_term_profit_margin",
  // level 3
  "profit_per_customer",
  "customer_satisfaction",
  "sales_cycle_length",
  "lead_to_customer_conversion",
  "marketing_campaign_roi",
  // level 4
  "forecast_accuracy",
  "customer_lifetime_value",
  "first_call_resolution",
  "employee_turnover",
  "net_promoter_score",
  // level 5
  "revenue_share_new_offerings",
  "market_adaptation_speed",
  "employee_satisfaction",
  "upsell_cross_sell_revenue_share",
  "innovation_roi",
];

/** 2026.2: the same 26 KPIs, level 2 in pillar order (see kpis.ts). */
const KPI_KEYS_2026_2 = [
  "revenue_per_rep",
  "deals_closed",
  "average_deal_size",
  "new_customers",
  "short_term_revenue",
  "sales_target_attainment",
  "response_time",
  "cost_of_sales_per_customer",
  "quota_attainment",
  "short_term_profit_margin",
  "customer_retention",
  "sales_cycle_length",
  "marketing_campaign_roi",
  "customer_satisfaction",
  "lead_to_customer_conversion",
  "profit_per_customer",
  "forecast_accuracy",
  "customer_lifetime_value",
  "first_call_resolution",
  "employee_turnover",
  "net_promoter_score",
  "market_adaptation_speed",
  "revenue_share_new_offerings",
  "employee_satisfaction",
  "innovation_roi",
  "upsell_cross_sell_revenue_share",
];

const ACTION_COUNTS_2026_2: Record<string, readonly number[]> = {
  organisation: [3, 3, 3, 3],
  marketing: [3, 4, 4, 3],
  coaching: [2, 3, 3, 3],
  leadership: [2, 4, 4, 3],
  accounts: [2, 4, 3, 3],
};

/** Number of actions per pillar for the steps 1→2, 2→3, 3→4, 4→5. */
const ACTION_COUNTS_2026_1: Record<string, readonly number[]> = {
  organisation: [3, 3, 3, 3],
  marketing: [3, 3, 3, 3],
  coaching: [3, 3, 3, 3],
  leadership: [3, 3, 3, 3],
  accounts: [3, 3, 3, 3],
};

/** Every {nl, en} object in the model, with its path. */
function collectTexts(value: unknown, path: string, out: { path: string; text: Record<string, unknown> }[]) {
  if (value === null || typeof value !== "object") return out;
  const record = value as Record<string, unknown>;
  if ("nl" in record || "en" in record) {
    // Level keywords are {nl: string[], en: string[]} lists, checked in their own test.
    if (Array.isArray(record.nl) && Array.isArray(record.en)) return out;
    out.push({ path, text: record });
    return out;
  }
  for (const [key, child] of Object.entries(record)) collectTexts(child, `${path}.${key}`, out);
  return out;
}


interface VersionSpec {
  readonly model: MaturityModel;
  readonly itemKeys: Readonly<Record<PillarKey, readonly string[]>>;
  readonly items: number;
  readonly kpiKeys: readonly string[];
  readonly actionCounts: Record<string, readonly number[]>;
  /** Texts besides items, KPIs and actions that the version defines (2026.2: level ambitions and rhythm texts). */
  readonly extraTexts: number;
}

const VERSIONS: readonly VersionSpec[] = [
  { model: model2026_1, itemKeys: ITEM_KEYS_2026_1, items: 25, kpiKeys: KPI_KEYS_2026_1, actionCounts: ACTION_COUNTS_2026_1, extraTexts: 0 },
  { model: model2026_2, itemKeys: ITEM_KEYS_2026_2, items: 26, kpiKeys: KPI_KEYS_2026_2, actionCounts: ACTION_COUNTS_2026_2, extraTexts: 5 + 6 },
];

describe("model versions", () => {
  it("registers 2026.1 and 2026.2; new engagements get 2026.2", () => {
    expect(Object.keys(MODEL_VERSIONS)).toEqual(["2026.1", "2026.2"]);
    expect(CURRENT_MODEL_VERSION).toBe("2026.2");
    expect(getModel(CURRENT_MODEL_VERSION)).toBe(model2026_2);
    expect(getModel("2026.1")).toBe(model2026_1);
  });
});

describe.each(VERSIONS)("model $model.version completeness", ({ model, itemKeys, items, kpiKeys, actionCounts }) => {
  it("is registered under its version", () => {
    expect(MODEL_VERSIONS[model.version]).toBe(model);
  });

  it("has five levels 1..5 with names, keywords and descriptions", () => {
    expect(model.levels.map((l) => l.level)).toEqual([...LEVELS]);
    expect(model.levels.map((l) => l.name.nl)).toEqual(["Ad hoc", "Reactief", "Proactief", "Systematisch", "Innovatief"]);
    expect(model.levels.map((l) => l.name.en)).toEqual(["Ad hoc", "Reactive", "Proactive", "Systematic", "Innovative"]);
    for (const level of model.levels) {
      expect(level.keywords.nl.length).toBeGreaterThan(0);
      expect(level.keywords.en.length).toBe(level.keywords.nl.length);
      for (const word of [...level.keywords.nl, ...level.keywords.en]) expect(word.trim()).not.toBe("");
    }
    expect(model.levels[3]?.description.nl).toContain("Gedefinieerd");
  });

  it("has 5 pillars in the fixed order, each with its items of 5 statements", () => {
    expect(model.pillars.map((p) => p.key)).toEqual([...PILLAR_KEYS]);
    for (const pillar of model.pillars) {
      expect(pillar.items).toHaveLength(itemKeys[pillar.key].length);
      for (const item of pillar.items) {
        expect(item.pillar).toBe(pillar.key);
        expect(item.key.startsWith(`${pillar.key}.`)).toBe(true);
        expect(Object.keys(item.statements).map(Number)).toEqual([...LEVELS]);
      }
    }
    expect(allItems(model)).toHaveLength(items);
    expect(allItems(model).flatMap((item) => LEVELS.map((level) => item.statements[level]))).toHaveLength(items * 5);
  });

  it("keeps the item keys exactly as fixed in keys.ts (stability)", () => {
    for (const pillar of model.pillars) {
      expect(pillar.items.map((item) => item.key)).toEqual([...itemKeys[pillar.key]]);
    }
  });

  it("has 26 KPIs: 6 for level 1 and 5 each for levels 2–5", () => {
    expect(model.kpis).toHaveLength(26);
    expect(LEVELS.map((level) => kpisByLevel(model, level).length)).toEqual([6, 5, 5, 5, 5]);
    for (const kpi of model.kpis) {
      expect(PILLAR_KEYS).toContain(kpi.pillar);
      expect(kpi.key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
  });

  it("keeps the KPI keys stable (literal snapshot)", () => {
    expect(model.kpis.map((kpi) => kpi.key)).toEqual(kpiKeys);
  });

  it("has 2–4 actions for every pillar and every step (20 steps)", () => {
    let steps = 0;
    for (const pillar of PILLAR_KEYS) {
      for (const fromLevel of STEPS) {
        const actions = actionsForStep(model, pillar, fromLevel);
        expect(actions.length, `${pillar} ${fromLevel}→${fromLevel + 1}`).toBeGreaterThanOrEqual(2);
        expect(actions.length, `${pillar} ${fromLevel}→${fromLevel + 1}`).toBeLessThanOrEqual(4);
        steps += 1;
      }
    }
    expect(steps).toBe(20);
    const total = PILLAR_KEYS.reduce(
      (sum, pillar) => sum + STEPS.reduce((s, from) => s + actionsForStep(model, pillar, from).length, 0),
      0,
    );
    expect(total).toBe(model.actions.length);
  });

  it("keeps the action counts stable (literal snapshot)", () => {
    const counts = Object.fromEntries(
      PILLAR_KEYS.map((pillar) => [pillar, STEPS.map((from) => actionsForStep(model, pillar, from).length)]),
    );
    expect(counts).toEqual(actionCounts);
  });

  it("gives every action a key of the form <pillar>.<fromLevel>.<slug> and a description of at most 300 characters", () => {
    for (const action of model.actions) {
      expect(action.key).toMatch(new RegExp(`^${action.pillar}\\.${action.fromLevel}\\.[a-z][a-z0-9_]*$`));
      for (const locale of LOCALES) {
        expect(action.description[locale].length, `${action.key} ${locale}`).toBeLessThanOrEqual(300);
        expect(action.title[locale].length, `${action.key} ${locale}`).toBeLessThanOrEqual(80);
      }
    }
  });

  it("has texts for all role groups, answer options and the importance scale", () => {
    expect(Object.keys(model.roleGroups).sort()).toEqual([...ROLE_GROUPS].sort());
    expect(model.roleGroups.sales).toEqual({ nl: "Verkoop", en: "Sales" });
    expect(model.texts.dontKnow).toEqual({ nl: "Weet ik niet", en: "Don't know" });
    expect(model.texts.notApplicable).toEqual({ nl: "Niet van toepassing", en: "Not applicable" });
    expect(Object.keys(model.texts.importanceScale).map(Number)).toEqual([...LEVELS]);
  });
});

describe.each(VERSIONS)("model $model.version texts", ({ model, items, extraTexts }) => {
  it("has every text non-empty in both nl and en (whole object walked)", () => {
    const texts = collectTexts(model, "model", []);
    const glossary = allItems(model).reduce((n, item) => n + (item.glossary?.length ?? 0), 0);
    // 5 levels × 2 + 5 pillars × 4 + items × 7 + glossary × 2 + 26 KPIs × 2 + actions × 2 + 6 role groups + 11 texts
    expect(texts.length).toBe(5 * 2 + 5 * 4 + items * 7 + glossary * 2 + 26 * 2 + model.actions.length * 2 + 6 + 11 + extraTexts);
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        expect(typeof text[locale], `${path}.${locale}`).toBe("string");
        expect((text[locale] as string).trim(), `${path}.${locale}`).not.toBe("");
      }
    }
  });

  it("has all keys unique (items, KPIs, actions)", () => {
    const itemKeys = allItems(model).map((item) => item.key);
    const kpiKeys = model.kpis.map((kpi) => kpi.key);
    const actionKeys = model.actions.map((action) => action.key);
    expect(new Set(itemKeys).size).toBe(itemKeys.length);
    expect(new Set(kpiKeys).size).toBe(kpiKeys.length);
    expect(new Set(actionKeys).size).toBe(actionKeys.length);
  });

  it("keeps statements at most 200 characters, distinct within an item and free of level names or numbers", () => {
    const levelWords = [
      "ad hoc",
      "ad-hoc",
      "reactief",
      "reactive",
      "proactie",
      "proactive",
      "systematisch",
      "systematic",
      "gedefinieerd",
      "defined",
      "innovatief",
      "innovative",
      "niveau",
      "level",
    ];
    for (const item of allItems(model)) {
      for (const locale of LOCALES) {
        const statements = LEVELS.map((level) => item.statements[level][locale]);
        expect(new Set(statements).size, `${item.key} ${locale}`).toBe(5);
        for (const statement of statements) {
          expect(statement.length, `${item.key} ${locale}: ${statement}`).toBeLessThanOrEqual(200);
          expect(statement.length, `${item.key} ${locale}: ${statement}`).toBeGreaterThanOrEqual(40);
          expect(statement, `${item.key} ${locale}`).not.toMatch(/\d/);
          const lower = statement.toLowerCase();
          for (const word of levelWords) expect(lower, `${item.key} ${locale}: "${word}"`).not.toContain(word);
        }
      }
    }
  });

  it("t() returns the text in the requested locale", () => {
    expect(t(model.texts.dontKnow, "nl")).toBe("Weet ik niet");
    expect(t(model.texts.dontKnow, "en")).toBe("Don't know");
  });
});

describe("model 2026.2 specifics", () => {
  const model = model2026_2;

  it("gives every KPI a rhythm with a question and a label in both languages", () => {
    for (const kpi of model.kpis) expect(KPI_RHYTHMS, kpi.key).toContain(kpi.rhythm);
    for (const rhythm of KPI_RHYTHMS) {
      expect(model.texts.kpiRhythmQuestion?.[rhythm].nl).toMatch(/^Meten en bespreken jullie dit /);
      expect(model.texts.kpiRhythmLabel?.[rhythm].en).toBeTruthy();
    }
  });

  it("has exactly one KPI per pillar at each of the levels 2–5 (so every roadmap step names one)", () => {
    for (const pillar of PILLAR_KEYS) {
      for (const level of [2, 3, 4, 5] as const) {
        expect(model.kpis.filter((k) => k.pillar === pillar && k.level === level), `${pillar} ${level}`).toHaveLength(1);
      }
    }
  });

  it("treats levels 1–2 as basics and shuffles statements", () => {
    expect(model.kpiEvidenceFromLevel).toBe(3);
    expect(model.presentation?.statementOrder).toBe("shuffled");
    expect(model2026_1.presentation).toBeUndefined();
    expect(model2026_1.kpiEvidenceFromLevel).toBeUndefined();
  });

  it("offers the desired-level answers without level names", () => {
    for (const level of model.levels) {
      const ambition = level.ambition!;
      for (const locale of LOCALES) {
        for (const l of model.levels) expect(ambition[locale].toLowerCase()).not.toContain(l.name[locale].toLowerCase());
        expect(ambition[locale]).not.toMatch(/niveau|level|\d/i);
      }
    }
  });

  it("explains every glossary term in both languages", () => {
    const entries = allItems(model).flatMap((item) => item.glossary ?? []);
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const entry of entries) for (const locale of LOCALES) expect(entry.explanation[locale].length).toBeGreaterThan(20);
  });
});

describe("model registry and helpers", () => {
  const model = model2026_1;

  it("is deeply frozen: mutation throws in strict mode", () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(() => {
      (model as unknown as { version: string }).version = "hacked";
    }).toThrow(TypeError);
    expect(() => {
      (model.pillars as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (model.pillars[0]!.items[0]!.statements[1] as { nl: string }).nl = "hacked";
    }).toThrow(TypeError);
    expect(() => {
      (model.kpis[0] as unknown as { level: number }).level = 5;
    }).toThrow(TypeError);
    expect(() => {
      (model.texts.importanceScale[5] as { en: string }).en = "hacked";
    }).toThrow(TypeError);
    expect(Object.isFrozen(MODEL_VERSIONS)).toBe(true);
  });

  it("throws UnknownModelVersionError for an unknown version", () => {
    expect(() => getModel("1999.1")).toThrow(UnknownModelVersionError);
    expect(() => getModel("toString")).toThrow(UnknownModelVersionError);
    try {
      getModel("1999.1");
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as UnknownModelVersionError).version).toBe("1999.1");
      expect((error as UnknownModelVersionError).name).toBe("UnknownModelVersionError");
    }
  });

  it("finds items and pillars by key", () => {
    expect(itemByKey(model, "organisation.crm")?.theme.nl).toBe("CRM");
    expect(itemByKey(model, "organisation.unknown")).toBeUndefined();
    expect(pillarByKey(model, "accounts").name.nl).toBe("Accountmanagement");
    expect(allItems(model)[0]?.key).toBe("organisation.commercial_plan");
  });

  it("returns KPIs by level and actions by step", () => {
    expect(kpisByLevel(model, 1).every((kpi) => kpi.level === 1)).toBe(true);
    const steps = actionsForStep(model, "coaching", 2);
    expect(steps.every((action) => action.pillar === "coaching" && action.fromLevel === 2)).toBe(true);
  });
});
