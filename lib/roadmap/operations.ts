/**
 * Editor operations on a roadmap document. Pure and immutable: each returns a new document and
 * never loses or duplicates an item (only removeItem takes one out, only addCustomItem adds one).
 * An unknown item id leaves the document as it was, so a stale click cannot corrupt it.
 */
import type { PillarKey } from "../model/types";
import { PHASES, type Phase } from "../scoring/roadmap";
import type { RoadmapDocument, RoadmapItem } from "./document";

/** The fields the consultant may change on an item. */
export interface ItemPatch {
  readonly title?: string | null;
  readonly description?: string | null;
  readonly phase?: Phase;
  readonly owner?: string | null;
  readonly targetQuarter?: string | null;
}

const PATCH_KEYS = ["title", "description", "phase", "owner", "targetQuarter"] as const;

/** Items in display order: by phase, then by position in the array. */
export function itemsInOrder(doc: RoadmapDocument): RoadmapItem[] {
  return PHASES.flatMap((phase) => doc.items.filter((i) => i.phase === phase));
}

export function itemsOfPhase(doc: RoadmapDocument, phase: Phase): RoadmapItem[] {
  return doc.items.filter((i) => i.phase === phase);
}

/**
 * Changes an item's text, phase, owner or quarter. A generated item is marked edited once
 * anything actually changes (so regenerating keeps it). Texts are kept as typed (an emptied
 * field stays empty while editing); {@link normaliseDocument} tidies them before saving.
 */
export function updateItem(doc: RoadmapDocument, itemId: string, patch: ItemPatch): RoadmapDocument {
  const index = doc.items.findIndex((i) => i.id === itemId);
  const item = doc.items[index];
  if (!item) return doc;
  const next: Record<string, unknown> = { ...item };
  let changed = false;
  for (const key of PATCH_KEYS) {
    if (!(key in patch) || patch[key] === undefined) continue;
    let value = patch[key] ?? null;
    if ((key === "owner" || key === "targetQuarter") && value === "") value = null;
    if (next[key] !== value) {
      next[key] = value;
      changed = true;
    }
  }
  if (!changed) return doc;
  const updated = { ...(next as unknown as RoadmapItem), edited: item.origin === "generated" ? true : item.edited };
  // A phase change puts the item last in its new phase.
  const items = doc.items.filter((_, i) => i !== index);
  if (patch.phase !== undefined && patch.phase !== item.phase) return { ...doc, items: [...items, updated] };
  return { ...doc, items: doc.items.map((i, n) => (n === index ? updated : i)) };
}

/** Moves an item to another phase (last in that phase). */
export function moveItem(doc: RoadmapDocument, itemId: string, phase: Phase): RoadmapDocument {
  return updateItem(doc, itemId, { phase });
}

/** Swaps an item with its neighbour within its phase; at the edge nothing changes. */
export function reorderItem(doc: RoadmapDocument, itemId: string, direction: "up" | "down"): RoadmapDocument {
  const item = doc.items.find((i) => i.id === itemId);
  if (!item) return doc;
  const positions = doc.items.flatMap((i, n) => (i.phase === item.phase ? [n] : []));
  const at = positions.findIndex((n) => doc.items[n]!.id === itemId);
  const other = positions[direction === "up" ? at - 1 : at + 1];
  if (other === undefined) return doc;
  const self = positions[at]!;
  const items = [...doc.items];
  [items[self], items[other]] = [items[other]!, items[self]!];
  return { ...doc, items };
}

export function removeItem(doc: RoadmapDocument, itemId: string): RoadmapDocument {
  if (!doc.items.some((i) => i.id === itemId)) return doc;
  return { ...doc, items: doc.items.filter((i) => i.id !== itemId) };
}

export interface CustomItemInput {
  readonly title: string;
  readonly description?: string | null;
  readonly phase: Phase;
  readonly pillar?: PillarKey | null;
}

/** Adds the consultant's own item, last in its phase. The id must be new to the document. */
export function addCustomItem(doc: RoadmapDocument, id: string, input: CustomItemInput): RoadmapDocument {
  if (doc.items.some((i) => i.id === id)) throw new Error(`duplicate roadmap item id ${id}`);
  const item: RoadmapItem = {
    id,
    origin: "custom",
    actionKey: null,
    pillar: input.pillar ?? null,
    fromLevel: null,
    title: input.title,
    description: input.description ? input.description : null,
    phase: input.phase,
    owner: null,
    targetQuarter: null,
    edited: false,
  };
  return { ...doc, items: [...doc.items, item] };
}

export function setSummary(doc: RoadmapDocument, executiveSummary: string): RoadmapDocument {
  return { ...doc, executiveSummary };
}

export function setFindings(doc: RoadmapDocument, keyFindings: readonly string[]): RoadmapDocument {
  return { ...doc, keyFindings: [...keyFindings] };
}

/** Items regenerating keeps: the consultant's own and every generated item they changed. */
export const isKeptOnRegenerate = (item: RoadmapItem) => item.origin === "custom" || item.edited;

/**
 * Merges a fresh draft into the working document: unedited generated items are replaced by the
 * fresh draft's items; custom and edited items stay exactly as they are (a fresh item for an
 * action the consultant already edited is left out, so an action never appears twice). The
 * summary and findings stay; the pillar targets and model version come from the fresh draft.
 */
export function regenerate(current: RoadmapDocument, fresh: RoadmapDocument): RoadmapDocument {
  const kept = current.items.filter(isKeptOnRegenerate);
  const keptIds = new Set(kept.map((i) => i.id));
  const keptActions = new Set(kept.flatMap((i) => (i.actionKey ? [i.actionKey] : [])));
  const added = fresh.items.filter((i) => !keptIds.has(i.id) && !(i.actionKey && keptActions.has(i.actionKey)));
  return {
    ...current,
    documentVersion: fresh.documentVersion,
    modelVersion: fresh.modelVersion,
    pillars: fresh.pillars,
    generatedAt: fresh.generatedAt,
    items: [...added, ...kept],
  };
}

const blankToNull = (text: string | null) => (text === null || text.trim() === "" ? null : text);

/**
 * Before saving: an emptied title or description of a generated item goes back to the model's
 * text (null), an empty custom description or owner becomes null. Custom titles stay as typed
 * (an empty one is refused by the schema with a message).
 */
export function normaliseDocument(doc: RoadmapDocument): RoadmapDocument {
  return {
    ...doc,
    items: doc.items.map((item) => ({
      ...item,
      title: item.origin === "generated" ? blankToNull(item.title) : item.title,
      description: blankToNull(item.description),
      owner: blankToNull(item.owner),
    })),
  };
}
