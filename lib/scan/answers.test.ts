import { describe, expect, it } from "vitest";
import { model2026_1 } from "../model";
import { checkAnswer, modelAnswerKeys, pagePath, resumePage, scanProgress, totalSteps } from "./answers";

const model = model2026_1;
const items = model.pillars.flatMap((p) => p.items.map((i) => `item:${i.key}`));

function full(): Map<string, string> {
  const answers = new Map<string, string>();
  for (const key of items) answers.set(key, "3");
  for (const p of model.pillars) {
    answers.set(`desired:${p.key}`, "4");
    answers.set(`importance:${p.key}`, "5");
  }
  for (const k of model.kpis) answers.set(`kpi:${k.key}`, "yes");
  return answers;
}

describe("answer keys and values", () => {
  it("knows every key of the model: 25 items, 5 × desired/importance/comment, 26 KPIs", () => {
    expect(modelAnswerKeys(model).size).toBe(25 + 15 + 26);
  });

  it("accepts exactly the values of each kind", () => {
    expect(checkAnswer(model, items[0]!, "1")).toEqual({ ok: true, value: "1" });
    expect(checkAnswer(model, items[0]!, "not_applicable")).toMatchObject({ ok: true });
    expect(checkAnswer(model, items[0]!, "0")).toEqual({ ok: false, problem: "invalid_value" });
    expect(checkAnswer(model, "desired:marketing", "not_applicable")).toEqual({ ok: false, problem: "invalid_value" });
    expect(checkAnswer(model, "importance:marketing", "5")).toMatchObject({ ok: true });
    expect(checkAnswer(model, `kpi:${model.kpis[0]!.key}`, "dont_know")).toMatchObject({ ok: true });
    expect(checkAnswer(model, `kpi:${model.kpis[0]!.key}`, "1")).toMatchObject({ ok: false });
    expect(checkAnswer(model, "comment:accounts", "  \n ")).toEqual({ ok: true, value: "" });
    expect(checkAnswer(model, "comment:accounts", "x".repeat(2000))).toMatchObject({ ok: true });
    expect(checkAnswer(model, "comment:accounts", "x".repeat(2001))).toMatchObject({ ok: false });
    expect(checkAnswer(model, "item:constructor", "1")).toEqual({ ok: false, problem: "unknown_key" });
    expect(checkAnswer(model, "toString", "1")).toEqual({ ok: false, problem: "unknown_key" });
  });
});

describe("progress and resume", () => {
  it("starts empty at the first pillar", () => {
    const progress = scanProgress(model, new Map());
    expect(progress.empty).toBe(true);
    expect(pagePath(resumePage(progress))).toBe("/scan/pillar/1");
    expect(progress.pillars.every((p) => p.insufficient)).toBe(true);
  });

  it("resumes at the first page with an open question, then the KPIs, then the review", () => {
    const answers = full();
    expect(pagePath(resumePage(scanProgress(model, answers)))).toBe("/scan/review");
    answers.delete(`kpi:${model.kpis[5]!.key}`);
    expect(pagePath(resumePage(scanProgress(model, answers)))).toBe("/scan/kpis");
    answers.delete(`importance:${model.pillars[3]!.key}`);
    expect(pagePath(resumePage(scanProgress(model, answers)))).toBe("/scan/pillar/4");
    answers.delete(items[6]!);
    expect(pagePath(resumePage(scanProgress(model, answers)))).toBe("/scan/pillar/2");
  });

  it("counts a pillar with fewer than 3 answers on the scale as insufficient (don't know / n.a. do not count)", () => {
    const answers = full();
    const pillar = model.pillars[2]!;
    const keys = pillar.items.map((i) => `item:${i.key}`);
    answers.set(keys[0]!, "dont_know");
    answers.set(keys[1]!, "not_applicable");
    answers.set(keys[2]!, "dont_know");
    const progress = scanProgress(model, answers);
    const p = progress.pillars[2]!;
    expect(p).toMatchObject({ levelAnswers: 2, answeredItems: 5, insufficient: true, openItems: [] });
    expect(progress.pillars.filter((x) => x.insufficient)).toHaveLength(1);
    expect(progress.answeredItems).toBe(25);
  });

  it("an empty comment alone is still an empty scan", () => {
    expect(scanProgress(model, new Map([["comment:organisation", ""]])).empty).toBe(true);
    expect(scanProgress(model, new Map([["comment:organisation", "iets"]])).empty).toBe(false);
  });

  it("has seven steps: five pillars, the KPIs and the review", () => {
    expect(totalSteps(model)).toBe(7);
  });
});
