/**
 * Firm benchmark: how this client compares with the firm's other (closed) engagements.
 */
import type { MaturityModel, PillarKey } from "../model/types";
import { PILLAR_KEYS } from "../model/types";
import { computeScores } from "./engagement";
import { InvalidInputError } from "./errors";
import { mean } from "./stats";
import type { ScanResponse, Weighting } from "./types";
import { MIN_BENCHMARK_ORGANISATIONS } from "./types";

/** One closed engagement in the selection (already filtered by industry or size band). */
export interface BenchmarkEntry {
  readonly clientId: string;
  readonly engagementId: string;
  readonly pillarMeans: Readonly<Partial<Record<PillarKey, number | null>>>;
}

export interface BenchmarkOptions {
  /** Leave out this client (the one being compared). */
  readonly excludeClientId?: string;
  /** Minimum number of organisations; never below 5. */
  readonly minOrganisations?: number;
}

export type Benchmark =
  | { readonly hidden: true; readonly n: number }
  | {
      readonly hidden: false;
      /** Distinct client organisations in the selection. */
      readonly n: number;
      readonly pillars: readonly {
        readonly pillar: PillarKey;
        /** `null` when fewer than the minimum organisations have a mean for this pillar. */
        readonly mean: number | null;
        readonly n: number;
      }[];
    };

/**
 * Benchmark over other engagements' pillar means. n = number of distinct client organisations.
 * Hidden below 5 organisations: fewer would let a consultant or client guess another client's
 * results, and would not be a meaningful reference either.
 * A client with several engagements counts once: its engagements are averaged first, so a
 * client scanned four times does not weigh four times.
 */
export function firmBenchmark(entries: readonly BenchmarkEntry[], options: BenchmarkOptions = {}): Benchmark {
  const min = Math.max(MIN_BENCHMARK_ORGANISATIONS, options.minOrganisations ?? MIN_BENCHMARK_ORGANISATIONS);
  const byClient = new Map<string, BenchmarkEntry[]>();
  for (const e of entries) {
    for (const [pillar, value] of Object.entries(e.pillarMeans)) {
      if (!(PILLAR_KEYS as readonly string[]).includes(pillar)) {
        throw new InvalidInputError(`benchmark: unknown pillar "${pillar}"`);
      }
      if (value !== null && value !== undefined && !(Number.isFinite(value) && value >= 1 && value <= 5)) {
        throw new InvalidInputError(`benchmark: pillar mean ${String(value)} outside 1–5`);
      }
    }
    if (e.clientId === options.excludeClientId) continue;
    const list = byClient.get(e.clientId) ?? [];
    list.push(e);
    byClient.set(e.clientId, list);
  }
  const n = byClient.size;
  if (n < min) return { hidden: true, n };
  const pillars = PILLAR_KEYS.map((pillar) => {
    const clientMeans: number[] = [];
    for (const list of byClient.values()) {
      const values = list.map((e) => e.pillarMeans[pillar]).filter((v): v is number => typeof v === "number");
      const m = mean(values);
      if (m !== null) clientMeans.push(m);
    }
    return { pillar, mean: clientMeans.length >= min ? mean(clientMeans) : null, n: clientMeans.length };
  });
  return { hidden: false, n, pillars };
}

/**
 * An engagement's pillar means in both weightings: what the firm benchmark needs of it. Frozen
 * when the engagement closes (lib/results/benchmark-figures.ts), so a benchmark reads five numbers
 * per engagement instead of re-scoring every answer of every engagement on every view.
 */
export type BenchmarkFigures = Readonly<Record<Weighting, Readonly<Partial<Record<PillarKey, number | null>>>>>;

export function benchmarkFigures(model: MaturityModel, responses: readonly ScanResponse[]): BenchmarkFigures {
  const means = (weighting: Weighting) => {
    const scores = computeScores(model, responses, weighting);
    return Object.fromEntries(scores.pillars.map((p) => [p.pillar, p.mean])) as Partial<Record<PillarKey, number | null>>;
  };
  return { role_group: means("role_group"), respondent: means("respondent") };
}
