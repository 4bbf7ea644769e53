/**
 * Every worked number in docs/methodology.md (nl and en), recomputed with the engine and looked
 * up in the text: a sentence whose numbers drift from the code fails here, and so does the PDF
 * appendix, which is generated from the same document.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ambitionGaps } from "./ambition";
import { analyseEngagement } from "./analyse";
import { stagedLevel } from "./engagement";
import { mean, roundForDisplay } from "./stats";
import { fixtureModel as model, itemsFrom, perPillar, simpleResponse } from "./testing/fixture-model";
import { draftRoadmap, roadmapInputFrom } from "./roadmap";

const doc = readFileSync(new URL("../../docs/methodology.md", import.meta.url), "utf8");
const [nlPart, enPart] = doc.split(/^## English$/m);
/** Line breaks inside a paragraph or bullet do not matter. */
const flat = (text: string) => text.replace(/\s+/g, " ");
const text = { nl: flat(nlPart ?? ""), en: flat(enPart ?? "") };
type Locale = keyof typeof text;
/** Looks a sentence up without printing the whole document when it is missing. */
function expectSentence(l: Locale, sentence: string) {
  expect(text[l].includes(sentence), `${l} text lacks: ${sentence}`).toBe(true);
}

/** The document's number style: up to two decimals, trailing zeros dropped (3.5, 0.33, 4). */
function num(value: number, locale: Locale, decimals = 2): string {
  const s = String(roundForDisplay(value, decimals));
  return locale === "nl" ? s.replace(".", ",") : s;
}
function fixed(value: number, locale: Locale, decimals: number): string {
  const s = roundForDisplay(value, decimals).toFixed(decimals);
  return locale === "nl" ? s.replace(".", ",") : s;
}

// The worked example: Anna (management), Bram, Cem and Dewi (sales), pillar Sales organisation.
const responses = [
  simpleResponse("anna", "management", itemsFrom("44434"), { desired: perPillar("4"), importance: perPillar("5"), kpis: { k1_1: "yes", k3_1: "yes" } }),
  simpleResponse("bram", "sales", itemsFrom("3322d"), { desired: perPillar("3"), importance: perPillar("4"), kpis: { k1_1: "yes", k3_1: "no" } }),
  simpleResponse("cem", "sales", itemsFrom("33323"), { desired: perPillar("4"), importance: perPillar("4"), kpis: { k1_1: "no", k3_1: "dont_know" } }),
  simpleResponse("dewi", "sales", itemsFrom("2321n"), { desired: perPillar("3"), importance: perPillar("3"), kpis: { k1_1: "dont_know", k3_1: "dont_know" } }),
];
const a = analyseEngagement(model, { modelVersion: "2026.1", responses });
const org = a.scores.pillars[0]!;
const item = (i: number) => org.items[i]!;
const salesOf = (i: number) => item(i).byRoleGroup.find((g) => g.roleGroup === "sales")!.mean;
const sales = ambitionGaps(model, { modelVersion: "2026.1", responses: responses.filter((r) => r.roleGroup === "sales") })[0]!;
const amb = a.ambition[0]!;
const respondentScore = (i: number) => a.respondents[i]!.pillars[0]!.score!;
const crm = a.consensus.items[3]!;
const gap = a.perceptionGap.pillars[0]!;
const roadmap = draftRoadmap(model, roadmapInputFrom(a.scores, a.ambition, a.kpis)).pillars[0]!;

function workedExample(l: Locale): string[] {
  const n = (v: number) => num(v, l);
  const groupWord = "management";
  return [
    `| plan | 4 | (3 + 3 + 2) / 3 = ${n(salesOf(0))} | (4 + ${n(salesOf(0))}) / 2 = ${n(item(0).score!)} |`,
    `| 4 | 3 | ${n(item(1).score!)} |`,
    `| 4 | (2 + 3 + 2) / 3 = ${n(salesOf(2))} | ${n(item(2).score!)} |`,
    `| 3 | (2 + 2 + 1) / 3 = ${n(salesOf(3))} | ${n(item(3).score!)} |`,
    `| 4 | 3 (${l === "nl" ? "alleen Cem" : "Cem only"}) | ${n(item(4).score!)} |`,
    `= (${org.items.map((i) => n(i.score!)).join(" + ")}) / 5 = ${n(org.mean!)}, ${l === "nl" ? "getoond als" : "shown as"} ${fixed(org.mean!, l, 1)}.`,
    `${l === "nl" ? "geen item haalt 4: niveau" : "no item reaches 4: level"} ${org.stagedLevel}.`,
    `Anna ${fixed(respondentScore(0), l, 1)}; Bram (3 + 3 + 2 + 2) / 4 = ${fixed(respondentScore(1), l, 1)}; Cem ${fixed(respondentScore(2), l, 1)}; Dewi (2 + 3 + 2 + 1) / 4 = ${fixed(respondentScore(3), l, 1)}.`,
    `r_wg = 1 − ${n(crm.sd! ** 2)} / 2 = ${n(crm.rwg!)}`,
    `${groupWord} ${n(gap.management!)}, sales (${[0, 1, 2, 3, 4].map((i) => n(salesOf(i))).join(" + ")}) / 5 = ${n(gap.rest!)}`,
    `${n(gap.gap!)}`,
    // Ambition, weighted by role group like the pillar score.
    `${groupWord} 4, sales (3 + 4 + 3) / 3 = ${n(sales.desired!)} → (4 + ${n(sales.desired!)}) / 2 = ${n(amb.desired!)};`,
    `${groupWord} 5, sales (4 + 4 + 3) / 3 = ${n(sales.importance!)} → (5 + ${n(sales.importance!)}) / 2 = ${n(amb.importance!)};`,
    `${n(amb.desired!)} − ${n(amb.current!)} = ${n(amb.gap!)};`,
    `${n(amb.gap!)} × ${n(amb.importance!)} = ${n(amb.priority!)}.`,
    `${n(amb.desired!)} ${l === "nl" ? "afgerond" : "rounded"} = ${roadmap.target}`,
    `${roadmap.steps.map((s) => `${s.fromLevel} → ${s.toLevel}`).join(", ")}`,
  ];
}

describe("docs/methodology.md states the engine's numbers", () => {
  it("the worked example engine values are what the text explains", () => {
    // Guards the figures the sentences below rely on (role-group weighting throughout).
    expect(amb.desired).toBeCloseTo(11 / 3, 12);
    expect(amb.importance).toBeCloseTo(13 / 3, 12);
    expect(amb.gap).toBeCloseTo(0.5, 12);
    expect(amb.priority).toBeCloseTo(13 / 6, 12);
  });

  for (const l of ["nl", "en"] as const) {
    it(`${l}: every worked number of the example`, () => {
      for (const sentence of workedExample(l)) expectSentence(l, sentence);
    });

    it(`${l}: the staged-level and weighting illustrations`, () => {
      const n = (v: number) => num(v, l);
      // 80 % of 4 is 3.2: with one item dropped all four must reach the level.
      expect(stagedLevel([3, 3, 3, 2, null])).toBe(2);
      expectSentence(l, l === "nl" ? "3, 3, 3 en 2 en één item zonder antwoord geven niveau 2, niet 3" : "3, 3, 3 and 2 and one item without an answer give level 2, not 3");
      expectSentence(l, l === "nl" ? `80 % van 4 is ${n(0.8 * 4)}, dus 4 van de 4` : `80 % of 4 is ${n(0.8 * 4)}, so 4 of 4`);
      expect(stagedLevel([5, 5, 5, 1, 1])).toBe(1);
      expectSentence(l, 
        l === "nl" ? `5, 5, 5, 1 en 1 geeft gemiddeld ${n(mean([5, 5, 5, 1, 1])!)}` : `5, 5, 5, 1 and 1 average ${n(mean([5, 5, 5, 1, 1])!)}`,
      );
      expectSentence(l, l === "nl" ? `pijlerniveau is ${stagedLevel([5, 5, 5, 1, 1])}` : `pillar level is ${stagedLevel([5, 5, 5, 1, 1])}`);
      expectSentence(l, 
        l === "nl" ? `5, 5, 5, 5 en 1 geeft niveau ${stagedLevel([5, 5, 5, 5, 1])}` : `5, 5, 5, 5 and 1 give level ${stagedLevel([5, 5, 5, 5, 1])}`,
      );
      expectSentence(l, l === "nl" ? `(3,25 wordt ${fixed(3.25, l, 1)})` : `(3.25 shows as ${fixed(3.25, l, 1)})`);

      // Two managers want level 4, one sales rep level 3.
      const rs = [
        simpleResponse("m1", "management", itemsFrom("33333"), { desired: perPillar("4") }),
        simpleResponse("m2", "management", itemsFrom("33333"), { desired: perPillar("4") }),
        simpleResponse("s1", "sales", itemsFrom("33333"), { desired: perPillar("3") }),
      ];
      const byGroup = ambitionGaps(model, { modelVersion: "2026.1", responses: rs, settings: { weighting: "role_group" } })[0]!.desired!;
      const byRespondent = ambitionGaps(model, { modelVersion: "2026.1", responses: rs, settings: { weighting: "respondent" } })[0]!.desired!;
      expectSentence(l, `(4 + 3) / 2 = ${n(byGroup)}`);
      expectSentence(l, `(4 + 4 + 3) / 3 = ${n(byRespondent)}`);
    });
  }
});
