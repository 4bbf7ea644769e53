import { describe, expect, it } from "vitest";
import {
  CURRENT_MODEL_VERSION,
  ITEM_KEYS_2026_1,
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
  pillarByKey,
  t,
} from "./index";
import type { StepFromLevel } from "./index";

const model = model2026_1;
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

describe("model 2026.1 completeness", () => {
  it("has version 2026.1 and is the current version", () => {
    expect(model.version).toBe("2026.1");
    expect(CURRENT_MODEL_VERSION).toBe("2026.1");
    expect(getModel(CURRENT_MODEL_VERSION)).toBe(model);
    expect(MODEL_VERSIONS["2026.1"]).toBe(model);
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

  it("has 5 pillars in the fixed order, each with 5 items of 5 statements", () => {
    expect(model.pillars.map((p) => p.key)).toEqual([...PILLAR_KEYS]);
    for (const pillar of model.pillars) {
      expect(pillar.items).toHaveLength(5);
      for (const item of pillar.items) {
        expect(item.pillar).toBe(pillar.key);
        expect(item.key.startsWith(`${pillar.key}.`)).toBe(true);
        expect(Object.keys(item.statements).map(Number)).toEqual([...LEVELS]);
      }
    }
    expect(allItems(model)).toHaveLength(25);
    expect(allItems(model).flatMap((item) => LEVELS.map((level) => item.statements[level]))).toHaveLength(125);
  });

  it("keeps the item keys exactly as fixed in keys.ts (stability)", () => {
    for (const pillar of model.pillars) {
      expect(pillar.items.map((item) => item.key)).toEqual([...ITEM_KEYS_2026_1[pillar.key]]);
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
    expect(model.kpis.map((kpi) => kpi.key)).toEqual(KPI_KEYS_2026_1);
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
    expect(counts).toEqual(ACTION_COUNTS_2026_1);
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

describe("model 2026.1 texts", () => {
  it("has every text non-empty in both nl and en (whole object walked)", () => {
    const texts = collectTexts(model, "model", []);
    // 5 levels × 2 + 5 pillars × 4 + 25 items × 7 + 26 KPIs × 2 + actions × 2 + 6 role groups + 11 texts
    expect(texts.length).toBe(5 * 2 + 5 * 4 + 25 * 7 + 26 * 2 + model.actions.length * 2 + 6 + 11);
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

describe("model registry and helpers", () => {
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
