/**
 * The roadmap document: what the consultant edits and publishes, stored as jsonb on the
 * engagement's roadmap and frozen into every published report version. Pure (no I/O).
 *
 * Generated items keep their model action key: while `title`/`description` are null the text
 * comes from the model in the report's language, so an unedited roadmap renders in Dutch or
 * English. Once the consultant edits an item, their own text is used (`edited` = true), and
 * regenerating keeps it.
 */
import type { LevelNumber, PillarKey, StepFromLevel } from "../model/types";
import type { Phase } from "../scoring/roadmap";

export const ROADMAP_DOCUMENT_VERSION = 1;

export interface RoadmapItem {
  /** Stable id within the document (random, not a database id). */
  readonly id: string;
  readonly origin: "generated" | "custom";
  /** The model's improvement action this item came from; null for custom items. */
  readonly actionKey: string | null;
  /** The pillar the item serves; custom items may have none. */
  readonly pillar: PillarKey | null;
  /** The step fromLevel → fromLevel + 1 a generated item belongs to. */
  readonly fromLevel: StepFromLevel | null;
  /** The consultant's own title; null = the model action's title in the report language. */
  readonly title: string | null;
  /** The consultant's own description; null = the model action's description. */
  readonly description: string | null;
  readonly phase: Phase;
  /** Who at the client owns it (free text, e.g. "Sales director"). */
  readonly owner: string | null;
  /** Target quarter, "YYYY-Qn". */
  readonly targetQuarter: string | null;
  /** True once the consultant changed the text, phase, owner or quarter of a generated item. */
  readonly edited: boolean;
}

/** Where a pillar stands and where the roadmap takes it, with the KPIs to introduce per step. */
export interface RoadmapPillarTarget {
  readonly pillar: PillarKey;
  readonly current: LevelNumber | null;
  readonly target: LevelNumber | null;
  readonly targetSource: "desired" | "current_plus_one" | null;
  /** Position in the phasing order (0 = first), null without steps. */
  readonly rank: number | null;
  readonly steps: readonly {
    readonly fromLevel: StepFromLevel;
    readonly toLevel: LevelNumber;
    readonly phase: Phase;
    readonly kpiKeys: readonly string[];
  }[];
}

export interface RoadmapDocument {
  readonly documentVersion: typeof ROADMAP_DOCUMENT_VERSION;
  readonly modelVersion: string;
  readonly executiveSummary: string;
  /** Key findings, one per entry, in the consultant's order. */
  readonly keyFindings: readonly string[];
  readonly pillars: readonly RoadmapPillarTarget[];
  /** Display order: by phase, then by position in this array. */
  readonly items: readonly RoadmapItem[];
  readonly generatedAt: string;
}
