import type { GlossaryEntry, ImprovementAction, Item, ItemKey, PillarKey, StepFromLevel, Text } from "../types";

/** A text as [Dutch, English]: keeps the 2026.2 data files short and the two languages side by side. */
export type Pair = readonly [nl: string, en: string];

export const text = ([nl, en]: Pair): Text => ({ nl, en });

/**
 * One item: five statements, level 1 → 5, each adding one observable criterion to the one below
 * (see docs/methodology.md, "How the items were written"). `glossary` explains jargon the
 * statements keep.
 */
export function item(
  key: ItemKey,
  theme: Pair,
  question: Pair,
  statements: readonly [Pair, Pair, Pair, Pair, Pair],
  glossary: readonly (readonly [term: Pair, explanation: Pair])[] = [],
): Item {
  const pillar = key.split(".")[0] as PillarKey;
  const entries: GlossaryEntry[] = glossary.map(([term, explanation]) => ({ term: text(term), explanation: text(explanation) }));
  return {
    key,
    pillar,
    theme: text(theme),
    question: text(question),
    statements: {
      1: text(statements[0]),
      2: text(statements[1]),
      3: text(statements[2]),
      4: text(statements[3]),
      5: text(statements[4]),
    },
    ...(entries.length > 0 ? { glossary: entries } : {}),
  };
}

/** One improvement action of step fromLevel → fromLevel + 1, with the KPIs it starts measuring. */
export function action(
  pillar: PillarKey,
  fromLevel: StepFromLevel,
  slug: string,
  kpiKeys: readonly string[],
  title: Pair,
  description: Pair,
): ImprovementAction {
  return { key: `${pillar}.${fromLevel}.${slug}`, pillar, fromLevel, title: text(title), description: text(description), kpiKeys };
}
