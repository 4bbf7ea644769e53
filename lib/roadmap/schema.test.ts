import { describe, expect, it } from "vitest";
import { getModel } from "../model";
import { PILLAR_KEYS } from "../model/types";
import { draftRoadmap } from "../scoring/roadmap";
import type { RoadmapDocument, RoadmapItem } from "./document";
import { generateRoadmapDocument } from "./generate";
import { addCustomItem } from "./operations";
import { modelProblems, roadmapDocumentSchema } from "./schema";
import { itemText, nextQuarters, quarterOf } from "./text";

const model = getModel("2026.1");
let n = 0;
const doc: RoadmapDocument = addCustomItem(
  generateRoadmapDocument(
    draftRoadmap(model, {
      modelVersion: model.version,
      pillars: PILLAR_KEYS.map((pillar) => ({ pillar, stagedLevel: 2, desired: 4, priority: 3 })),
      trackedKpiKeys: [],
    }),
    { now: new Date("2026-11-29T10:00:00Z"), newId: () => `i${++n}` },
  ),
  "custom-1",
  { title: "Eigen actie", phase: "0-3" },
);

const withItem = (patch: Partial<RoadmapItem>, index = 0): unknown => ({
  ...doc,
  items: doc.items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
});
const valid = (input: unknown) => roadmapDocumentSchema.safeParse(input).success;

describe("roadmapDocumentSchema", () => {
  it("accepts a generated document with a custom item", () => {
    expect(valid(doc)).toBe(true);
  });

  it("enforces the text limits", () => {
    expect(valid(withItem({ title: "x".repeat(200) }))).toBe(true);
    expect(valid(withItem({ title: "x".repeat(201) }))).toBe(false);
    expect(valid(withItem({ description: "x".repeat(5_000) }))).toBe(true);
    expect(valid(withItem({ description: "x".repeat(5_001) }))).toBe(false);
    expect(valid({ ...doc, executiveSummary: "x".repeat(10_000) })).toBe(true);
    expect(valid({ ...doc, executiveSummary: "x".repeat(10_001) })).toBe(false);
    expect(valid({ ...doc, keyFindings: Array(20).fill("x".repeat(1_000)) })).toBe(true);
    expect(valid({ ...doc, keyFindings: Array(21).fill("x") })).toBe(false);
    expect(valid({ ...doc, keyFindings: ["x".repeat(1_001)] })).toBe(false);
  });

  it("checks phase, quarter and pillar enums", () => {
    expect(valid(withItem({ phase: "1-2" as never }))).toBe(false);
    expect(valid(withItem({ targetQuarter: "2027-Q4" }))).toBe(true);
    for (const q of ["2027-Q5", "2027Q1", "27-Q1", "2027-q1", " 2027-Q1"]) expect(valid(withItem({ targetQuarter: q })), q).toBe(false);
    expect(valid(withItem({ pillar: "finance" as never }))).toBe(false);
  });

  it("refuses duplicate ids, too many items, unknown fields and custom items without a title", () => {
    expect(valid({ ...doc, items: [...doc.items, doc.items[0]] })).toBe(false);
    const many = Array.from({ length: 301 }, (_, i) => ({ ...doc.items.at(-1)!, id: `c${i}` }));
    expect(valid({ ...doc, items: many.slice(0, 300) })).toBe(true);
    expect(valid({ ...doc, items: many })).toBe(false);
    expect(valid({ ...doc, extra: 1 })).toBe(false);
    expect(valid(withItem({ html: "<b>" } as never))).toBe(false);
    expect(valid(withItem({ title: "  " }, doc.items.length - 1))).toBe(false);
    expect(valid(withItem({ actionKey: null }))).toBe(false);
    expect(valid({ ...doc, documentVersion: 2 })).toBe(false);
  });
});

describe("modelProblems", () => {
  it("finds action keys that are not the model's action for the item's pillar and step", () => {
    expect(modelProblems(model, doc)).toEqual([]);
    expect(modelProblems(model, withItem({ actionKey: "made_up" }) as RoadmapDocument)).toEqual(["items.0.actionKey"]);
    expect(modelProblems(model, { ...doc, modelVersion: "1999.1" })).toEqual(["modelVersion"]);
  });
});

describe("item text and quarters", () => {
  it("uses the model text until the consultant writes their own", () => {
    const item = doc.items[0]!;
    const action = model.actions.find((a) => a.key === item.actionKey)!;
    expect(itemText(model, item, "en")).toEqual({ title: action.title.en, description: action.description.en });
    expect(itemText(model, { ...item, title: "Eigen" }, "nl").title).toBe("Eigen");
  });

  it("lists the current and next quarters", () => {
    expect(quarterOf(new Date("2026-11-29T00:00:00Z"))).toBe("2026-Q4");
    expect(nextQuarters(new Date("2026-11-29T00:00:00Z"), 6)).toEqual(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1"]);
    expect(nextQuarters(new Date("2026-01-01T00:00:00Z"))).toHaveLength(12);
  });
});
