/**
 * A fresh roadmap document from lib/scoring's draft: one item per model action of every step,
 * in the draft's order (phase, pillar rank, level). Pure; ids come from the caller so tests
 * are deterministic.
 */
import type { Roadmap } from "../scoring/roadmap";
import { ROADMAP_DOCUMENT_VERSION, type RoadmapDocument, type RoadmapItem, type RoadmapPillarTarget } from "./document";

export interface GenerateOptions {
  readonly now: Date;
  /** Returns a new unique item id. */
  readonly newId: () => string;
}

export function pillarTargetsFrom(draft: Roadmap): RoadmapPillarTarget[] {
  return draft.pillars.map((p) => ({
    pillar: p.pillar,
    current: p.current,
    target: p.target,
    targetSource: p.targetSource,
    rank: p.rank,
    steps: p.steps.map((s) => ({ fromLevel: s.fromLevel, toLevel: s.toLevel, phase: s.phase, kpiKeys: [...s.kpiKeys] })),
  }));
}

export function generatedItemsFrom(draft: Roadmap, newId: () => string): RoadmapItem[] {
  return draft.steps.flatMap((step) =>
    step.actionKeys.map((actionKey) => ({
      id: newId(),
      origin: "generated" as const,
      actionKey,
      pillar: step.pillar,
      fromLevel: step.fromLevel,
      title: null,
      description: null,
      phase: step.phase,
      owner: null,
      targetQuarter: null,
      edited: false,
    })),
  );
}

export function generateRoadmapDocument(draft: Roadmap, options: GenerateOptions): RoadmapDocument {
  return {
    documentVersion: ROADMAP_DOCUMENT_VERSION,
    modelVersion: draft.modelVersion,
    executiveSummary: "",
    keyFindings: [],
    pillars: pillarTargetsFrom(draft),
    items: generatedItemsFrom(draft, options.newId),
    generatedAt: options.now.toISOString(),
  };
}
