import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getModel } from "../model";
import { PILLAR_KEYS } from "../model/types";
import { draftRoadmap, PHASES, type Phase } from "../scoring/roadmap";
import type { RoadmapDocument } from "./document";
import { generateRoadmapDocument } from "./generate";
import {
  addCustomItem,
  isKeptOnRegenerate,
  itemsInOrder,
  itemsOfPhase,
  moveItem,
  normaliseDocument,
  regenerate,
  removeItem,
  reorderItem,
  setFindings,
  setSummary,
  updateItem,
} from "./operations";
import { roadmapDocumentSchema } from "./schema";

const model = getModel("2026.1");

function draftDoc(levels: (1 | 2 | 3 | 4 | 5 | null)[], prefix = "g"): RoadmapDocument {
  let n = 0;
  const draft = draftRoadmap(model, {
    modelVersion: model.version,
    pillars: PILLAR_KEYS.map((pillar, i) => ({ pillar, stagedLevel: levels[i] ?? null, desired: null, priority: null })),
    trackedKpiKeys: [],
  });
  return generateRoadmapDocument(draft, { now: new Date("2026-11-29T10:00:00Z"), newId: () => `${prefix}${++n}` });
}

const base = draftDoc([1, 2, 2, 3, 4]);
const ids = (doc: RoadmapDocument) => doc.items.map((i) => i.id);
const sorted = (list: string[]) => [...list].sort();

describe("roadmap editor operations", () => {
  it("the generated draft is a valid document with items in every phase it uses", () => {
    expect(roadmapDocumentSchema.safeParse(base).success).toBe(true);
    expect(base.items.length).toBeGreaterThan(5);
    expect(new Set(base.items.map((i) => i.phase)).size).toBeGreaterThan(1);
  });

  it("updateItem changes only the named item and marks a generated item edited", () => {
    const target = base.items[2]!;
    const next = updateItem(base, target.id, { title: "Eigen titel", owner: "Salesdirecteur", targetQuarter: "2027-Q1" });
    const item = next.items.find((i) => i.id === target.id)!;
    expect(item).toMatchObject({ title: "Eigen titel", owner: "Salesdirecteur", targetQuarter: "2027-Q1", edited: true, description: null });
    expect(next.items.filter((i) => i.id !== target.id)).toEqual(base.items.filter((i) => i.id !== target.id));
    expect(updateItem(base, target.id, { title: null })).toBe(base);
    expect(updateItem(base, "nope", { title: "x" })).toBe(base);
    // An emptied title stays empty while editing; saving goes back to the model text.
    const cleared = updateItem(next, target.id, { title: "", owner: " " });
    expect(cleared.items.find((i) => i.id === target.id)!.title).toBe("");
    expect(normaliseDocument(cleared).items.find((i) => i.id === target.id)).toMatchObject({ title: null, owner: null, edited: true });
    const custom = addCustomItem(base, "c9", { title: "", phase: "0-3" });
    expect(normaliseDocument(custom).items.at(-1)!.title).toBe("");
  });

  it("moveItem puts the item last in its new phase and marks it edited", () => {
    const item = itemsOfPhase(base, "0-3")[0]!;
    const next = moveItem(base, item.id, "12+");
    const moved = itemsOfPhase(next, "12+");
    expect(moved.at(-1)).toMatchObject({ id: item.id, phase: "12+", edited: true });
    expect(sorted(ids(next))).toEqual(sorted(ids(base)));
  });

  it("reorderItem swaps neighbours within a phase and does nothing at the edges", () => {
    const phase = itemsOfPhase(base, "0-3");
    expect(phase.length).toBeGreaterThan(1);
    const down = reorderItem(base, phase[0]!.id, "down");
    expect(itemsOfPhase(down, "0-3").map((i) => i.id).slice(0, 2)).toEqual([phase[1]!.id, phase[0]!.id]);
    expect(reorderItem(base, phase[0]!.id, "up")).toBe(base);
    expect(reorderItem(base, phase.at(-1)!.id, "down")).toBe(base);
    // Reordering is not an edit of the item itself.
    expect(down.items.find((i) => i.id === phase[0]!.id)!.edited).toBe(false);
  });

  it("addCustomItem and removeItem add and remove exactly one item", () => {
    const added = addCustomItem(base, "c1", { title: "Workshop pricing", description: "Met het MT", phase: "3-6", pillar: "marketing" });
    expect(added.items).toHaveLength(base.items.length + 1);
    expect(itemsOfPhase(added, "3-6").at(-1)).toMatchObject({ id: "c1", origin: "custom", actionKey: null, pillar: "marketing" });
    expect(roadmapDocumentSchema.safeParse(added).success).toBe(true);
    expect(() => addCustomItem(added, "c1", { title: "x", phase: "0-3" })).toThrow();
    expect(removeItem(added, "c1")).toEqual(base);
    expect(removeItem(base, "nope")).toBe(base);
  });

  it("setSummary and setFindings replace the texts", () => {
    expect(setSummary(base, "Samenvatting").executiveSummary).toBe("Samenvatting");
    expect(setFindings(base, ["a", "b"]).keyFindings).toEqual(["a", "b"]);
  });

  it("regenerate replaces unedited generated items and keeps custom and edited items", () => {
    const first = base.items[0]!;
    let doc = updateItem(base, first.id, { description: "Aangepast" });
    doc = addCustomItem(doc, "c1", { title: "Eigen", phase: "0-3" });
    doc = setSummary(doc, "Blijft staan");
    const fresh = draftDoc([2, 2, 3, 3, 4], "n");
    const merged = regenerate(doc, fresh);
    expect(merged.executiveSummary).toBe("Blijft staan");
    expect(merged.pillars).toEqual(fresh.pillars);
    expect(merged.items.find((i) => i.id === first.id)).toEqual(doc.items.find((i) => i.id === first.id));
    expect(merged.items.find((i) => i.id === "c1")).toBeDefined();
    expect(merged.items.filter((i) => i.actionKey === first.actionKey)).toHaveLength(1);
    expect(merged.items.some((i) => i.id.startsWith("g") && !isKeptOnRegenerate(i))).toBe(false);
    expect(roadmapDocumentSchema.safeParse(merged).success).toBe(true);
  });
});

// Properties: any sequence of operations keeps every item exactly once (except remove/add).
const phaseArb = fc.constantFrom<Phase>(...PHASES);
type Op =
  | { kind: "move"; at: number; phase: Phase }
  | { kind: "reorder"; at: number; up: boolean }
  | { kind: "update"; at: number; title: string }
  | { kind: "remove"; at: number }
  | { kind: "add"; phase: Phase; title: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("move" as const), at: fc.nat(60), phase: phaseArb }),
  fc.record({ kind: fc.constant("reorder" as const), at: fc.nat(60), up: fc.boolean() }),
  fc.record({ kind: fc.constant("update" as const), at: fc.nat(60), title: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat(60) }),
  fc.record({ kind: fc.constant("add" as const), phase: phaseArb, title: fc.string({ minLength: 1, maxLength: 20 }) }),
);

describe("roadmap operations (properties)", () => {
  it("never lose or duplicate an item", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        let doc = base;
        let expected = new Set(ids(base));
        let added = 0;
        for (const op of ops) {
          const target = doc.items.length ? doc.items[op.kind === "add" ? 0 : op.at % doc.items.length]! : null;
          if (op.kind === "add") {
            const id = `c${++added}`;
            doc = addCustomItem(doc, id, { title: op.title, phase: op.phase });
            expected = new Set([...expected, id]);
          } else if (target) {
            if (op.kind === "move") doc = moveItem(doc, target.id, op.phase);
            if (op.kind === "reorder") doc = reorderItem(doc, target.id, op.up ? "up" : "down");
            if (op.kind === "update") doc = updateItem(doc, target.id, { title: op.title });
            if (op.kind === "remove") {
              doc = removeItem(doc, target.id);
              expected.delete(target.id);
            }
          }
          expect(ids(doc)).toHaveLength(new Set(ids(doc)).size);
          expect(sorted(ids(doc))).toEqual(sorted([...expected]));
          expect(itemsInOrder(doc)).toHaveLength(doc.items.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("regenerate keeps every custom and edited item unchanged and never duplicates an id or action", () => {
    const levelArb = fc.constantFrom<1 | 2 | 3 | 4 | 5 | null>(1, 2, 3, 4, 5, null);
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), fc.array(levelArb, { minLength: 5, maxLength: 5 }), (ops, levels) => {
        let doc = base;
        let added = 0;
        for (const op of ops) {
          const target = doc.items.length && op.kind !== "add" ? doc.items[op.at % doc.items.length]! : null;
          if (op.kind === "add") doc = addCustomItem(doc, `c${++added}`, { title: op.title, phase: op.phase });
          else if (target && op.kind === "move") doc = moveItem(doc, target.id, op.phase);
          else if (target && op.kind === "update") doc = updateItem(doc, target.id, { title: op.title });
          else if (target && op.kind === "remove") doc = removeItem(doc, target.id);
        }
        const merged = regenerate(doc, draftDoc(levels, "n"));
        for (const item of doc.items.filter(isKeptOnRegenerate)) expect(merged.items).toContainEqual(item);
        expect(ids(merged)).toHaveLength(new Set(ids(merged)).size);
        const actions = merged.items.flatMap((i) => (i.actionKey ? [i.actionKey] : []));
        expect(actions).toHaveLength(new Set(actions).size);
        expect(merged.items.filter((i) => i.origin === "generated" && !i.edited).every((i) => i.id.startsWith("n"))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
