/**
 * Test fixtures: a model with the real 2026.1 item keys and 26 KPIs with simple keys
 * (k<level>_<n>), independent of the model texts, plus helpers to write responses compactly.
 */
import { ITEM_KEYS_2026_1 } from "../../model/keys";
import type {
  ImprovementAction,
  ItemKey,
  Kpi,
  LevelNumber,
  MaturityModel,
  PillarKey,
  RoleGroup,
  StepFromLevel,
  Text,
} from "../../model/types";
import { PILLAR_KEYS, ROLE_GROUPS } from "../../model/types";
import type { ItemAnswer, KpiAnswer, ScanResponse } from "../types";

const t = (s: string): Text => ({ nl: s, en: s });

/** KPI counts per level as in the article: 6 for level 1, 5 for levels 2–5. */
const KPI_COUNTS: Record<LevelNumber, number> = { 1: 6, 2: 5, 3: 5, 4: 5, 5: 5 };

/** KPI k<L>_<i> evidences pillar PILLAR_KEYS[(i − 1) mod 5]. */
function fixtureKpis(): Kpi[] {
  const kpis: Kpi[] = [];
  for (const level of [1, 2, 3, 4, 5] as const) {
    for (let i = 1; i <= KPI_COUNTS[level]; i++) {
      kpis.push({
        key: `k${level}_${i}`,
        level,
        pillar: PILLAR_KEYS[(i - 1) % 5] as PillarKey,
        name: t(`KPI ${level}.${i}`),
        explanation: t("-"),
      });
    }
  }
  return kpis;
}

/** Two actions per pillar and step: a<pillar>_<from>_1 and _2. */
function fixtureActions(): ImprovementAction[] {
  return PILLAR_KEYS.flatMap((pillar) =>
    ([1, 2, 3, 4] as StepFromLevel[]).flatMap((fromLevel) =>
      [1, 2].map((n) => ({ key: `${pillar}_${fromLevel}_${n}`, pillar, fromLevel, title: t("a"), description: t("a") })),
    ),
  );
}

export function makeFixtureModel(version = "2026.1"): MaturityModel {
  const statements = { 1: t("1"), 2: t("2"), 3: t("3"), 4: t("4"), 5: t("5") };
  return {
    version,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({
      level,
      name: t(`L${level}`),
      keywords: { nl: [], en: [] },
      description: t("-"),
    })),
    pillars: PILLAR_KEYS.map((key) => ({
      key,
      name: t(key),
      description: t("-"),
      items: ITEM_KEYS_2026_1[key].map((itemKey) => ({
        key: itemKey as ItemKey,
        pillar: key,
        theme: t(itemKey),
        question: t("?"),
        statements,
      })),
      desiredLevelQuestion: t("?"),
      importanceQuestion: t("?"),
    })),
    kpis: fixtureKpis(),
    actions: fixtureActions(),
    roleGroups: Object.fromEntries(ROLE_GROUPS.map((g) => [g, t(g)])) as Record<RoleGroup, Text>,
    texts: {
      dontKnow: t("?"),
      notApplicable: t("n/a"),
      kpiQuestion: t("?"),
      kpiYes: t("y"),
      kpiNo: t("n"),
      kpiDontKnow: t("?"),
      importanceScale: statements,
    },
  };
}

export const fixtureModel = makeFixtureModel();

/** The 25 item keys in model order. */
export const ITEM_KEYS: readonly ItemKey[] = PILLAR_KEYS.flatMap((p) => ITEM_KEYS_2026_1[p] as readonly ItemKey[]);

/** Compact answer notation: "1"–"5", "d" = don't know, "n" = not applicable, "-" = empty. */
export type AnswerChar = "1" | "2" | "3" | "4" | "5" | "d" | "n" | "-";

export function parseAnswer(c: string): ItemAnswer | undefined {
  if (c === "d") return "dont_know";
  if (c === "n") return "not_applicable";
  if (c === "-" || c === " ") return undefined;
  return Number(c) as LevelNumber;
}

/**
 * Items of one respondent from five 5-character strings, one per pillar in model order,
 * e.g. pillars("44523", "444d1", …).
 */
export function itemsFrom(...perPillar: string[]): Partial<Record<ItemKey, ItemAnswer>> {
  const items: Partial<Record<ItemKey, ItemAnswer>> = {};
  PILLAR_KEYS.forEach((p, pi) => {
    const answers = perPillar[pi] ?? "";
    ITEM_KEYS_2026_1[p].forEach((key, ii) => {
      const a = parseAnswer(answers[ii] ?? "-");
      if (a !== undefined) items[key as ItemKey] = a;
    });
  });
  return items;
}

/** Five levels (or "-" for none), one per pillar in model order, e.g. "44343". */
export function perPillar(levels: string): Partial<Record<PillarKey, LevelNumber>> {
  const out: Partial<Record<PillarKey, LevelNumber>> = {};
  PILLAR_KEYS.forEach((p, i) => {
    const c = levels[i];
    if (c !== undefined && c !== "-") out[p] = Number(c) as LevelNumber;
  });
  return out;
}

export function kpiAnswer(c: string): KpiAnswer | undefined {
  return c === "y" ? "yes" : c === "n" ? "no" : c === "d" ? "dont_know" : undefined;
}

/** A response with only item answers (everything else empty). */
export function simpleResponse(
  respondentId: string,
  roleGroup: RoleGroup,
  items: Partial<Record<ItemKey, ItemAnswer>>,
  extra: Partial<ScanResponse> = {},
): ScanResponse {
  return { respondentId, roleGroup, items, desired: {}, importance: {}, kpis: {}, ...extra };
}
