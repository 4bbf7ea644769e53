/**
 * Re-scan: what changed since the previous engagement of the same client.
 */
import type { ItemKey, LevelNumber, PillarKey } from "../model/types";
import type { EngagementScores } from "./engagement";

export interface PillarDelta {
  readonly pillar: PillarKey;
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous; `null` when either is missing. */
  readonly delta: number | null;
  readonly previousStagedLevel: LevelNumber | null;
  readonly currentStagedLevel: LevelNumber | null;
  readonly stagedLevelDelta: number | null;
}

export interface ItemDelta {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  readonly previous: number | null;
  readonly current: number | null;
  readonly delta: number | null;
}

export interface RescanDeltas {
  /** `full` with the same model version; `pillarOnly` otherwise (items may differ). */
  readonly mode: "full" | "pillarOnly";
  readonly previousModelVersion: string;
  readonly currentModelVersion: string;
  readonly overall: {
    readonly meanDelta: number | null;
    readonly honestLevelDelta: number | null;
  };
  readonly pillars: readonly PillarDelta[];
  /** `null` in `pillarOnly` mode. */
  readonly items: readonly ItemDelta[] | null;
}

function diff(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

/**
 * Deltas between two scored engagements (current − previous). Pillars are the same in every
 * model version, so pillar deltas are always given. Items are compared only when both
 * engagements used the same model version: a new version may reword or replace items, and a
 * delta between different questions would be meaningless. The result is then labelled
 * `pillarOnly` and `items` is `null`.
 * Both engagements should use the same weighting; the caller scores them that way.
 */
export function rescanDeltas(current: EngagementScores, previous: EngagementScores): RescanDeltas {
  const sameVersion = current.modelVersion === previous.modelVersion;
  const pillars: PillarDelta[] = current.pillars.map((c) => {
    const p = previous.pillars.find((x) => x.pillar === c.pillar);
    return {
      pillar: c.pillar,
      previous: p?.mean ?? null,
      current: c.mean,
      delta: diff(c.mean, p?.mean ?? null),
      previousStagedLevel: p?.stagedLevel ?? null,
      currentStagedLevel: c.stagedLevel,
      stagedLevelDelta: diff(c.stagedLevel, p?.stagedLevel ?? null),
    };
  });
  let items: ItemDelta[] | null = null;
  if (sameVersion) {
    const prev = new Map(previous.pillars.flatMap((p) => p.items).map((i) => [i.key, i.score]));
    items = current.pillars.flatMap((p) =>
      p.items.map((i) => ({
        key: i.key,
        pillar: i.pillar,
        previous: prev.get(i.key) ?? null,
        current: i.score,
        delta: diff(i.score, prev.get(i.key) ?? null),
      })),
    );
  }
  return {
    mode: sameVersion ? "full" : "pillarOnly",
    previousModelVersion: previous.modelVersion,
    currentModelVersion: current.modelVersion,
    overall: {
      meanDelta: diff(current.overall.mean, previous.overall.mean),
      honestLevelDelta: diff(current.overall.honestLevel, previous.overall.honestLevel),
    },
    pillars,
    items,
  };
}
