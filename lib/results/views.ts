/**
 * What the results pages show, put together from lib/scoring's analysis. Pure. Nothing here
 * computes a figure of its own: every number is taken from the engine's output, only combined
 * per row (pillar table, to-discuss list, heatmap, side-by-side comparison) and sorted.
 */
import type { ItemKey, LevelNumber, MaturityModel, PillarKey, RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import type { EngagementAnalysis } from "../scoring/analyse";
import type { AmbitionGap } from "../scoring/ambition";
import type { ItemConsensus, PillarConsensus } from "../scoring/consensus";
import type { ItemScore, PillarScore } from "../scoring/engagement";
import type { KpiFlag } from "../scoring/kpi";
import type { RespondentPillarScore } from "../scoring/respondent";
import { respondentPillarScores } from "../scoring/respondent";
import { itemDistributions } from "../scoring/safe-figures";
import type { ItemDistribution } from "../scoring/safe-figures";
import type { ItemSignals } from "../scoring/signals";
import type { ItemAnswer, KpiAnswer, ScanResponse } from "../scoring/types";

export interface PillarRow {
  readonly pillar: PillarKey;
  readonly score: PillarScore;
  readonly consensus: PillarConsensus;
  readonly ambition: AmbitionGap;
  /** Don't know answers over all items of the pillar / item answers asked; `null` when none asked. */
  readonly dontKnowRate: number | null;
  readonly dontKnow: number;
  readonly asked: number;
  /** KPI levels that do not back this pillar's staged level (empty when backed). */
  readonly kpiFlags: readonly KpiFlag[];
  /** The consultant's own level, shown beside (never mixed in); `null` when none. */
  readonly rating: LevelNumber | null;
}

function byPillar<T extends { readonly pillar: PillarKey }>(list: readonly T[], pillar: PillarKey): T {
  const found = list.find((x) => x.pillar === pillar);
  if (!found) throw new Error(`analysis has no entry for pillar ${pillar}`);
  return found;
}

/** One row per pillar (model order) for the pillar table and the overview. */
export function pillarRows(
  model: MaturityModel,
  analysis: EngagementAnalysis,
  ratings: Readonly<Partial<Record<PillarKey, LevelNumber | null>>> = {},
): PillarRow[] {
  return model.pillars.map((p) => {
    const signals = analysis.signals.items.filter((s) => s.pillar === p.key);
    const dontKnow = signals.reduce((n, s) => n + s.dontKnow, 0);
    const asked = signals.reduce((n, s) => n + s.asked, 0);
    return {
      pillar: p.key,
      score: byPillar(analysis.scores.pillars, p.key),
      consensus: byPillar(analysis.consensus.pillars, p.key),
      ambition: byPillar(analysis.ambition, p.key),
      dontKnowRate: asked === 0 ? null : dontKnow / asked,
      dontKnow,
      asked,
      kpiFlags: analysis.kpis.flags.filter((f) => f.pillar === p.key),
      rating: ratings[p.key] ?? null,
    };
  });
}

export interface ItemRow {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  readonly score: ItemScore;
  readonly consensus: ItemConsensus;
  readonly signals: ItemSignals;
  readonly distribution: ItemDistribution;
}

/** One row per item (model order) with its score, consensus, signals and answer distribution. */
export function itemRows(model: MaturityModel, analysis: EngagementAnalysis, responses: readonly ScanResponse[]): ItemRow[] {
  const distributions = new Map(itemDistributions(model, responses).map((d) => [d.key, d]));
  const consensus = new Map(analysis.consensus.items.map((c) => [c.key, c]));
  const signals = new Map(analysis.signals.items.map((s) => [s.key, s]));
  return analysis.scores.pillars.flatMap((p) =>
    p.items.map((score) => ({
      key: score.key,
      pillar: p.pillar,
      score,
      consensus: consensus.get(score.key)!,
      signals: signals.get(score.key)!,
      distribution: distributions.get(score.key)!,
    })),
  );
}

/**
 * "To discuss in the workshop": the items the engine marks `discuss`, most disagreement first
 * (lowest r_wg before truncation, then highest SD, then model order).
 */
export function discussList(rows: readonly ItemRow[]): ItemRow[] {
  const order = new Map(rows.map((r, i) => [r.key, i]));
  return rows
    .filter((r) => r.consensus.discuss === true)
    .sort(
      (a, b) =>
        (a.consensus.rwgRaw ?? 1) - (b.consensus.rwgRaw ?? 1) ||
        (b.consensus.sd ?? 0) - (a.consensus.sd ?? 0) ||
        (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0),
    );
}

export interface HeatmapRow {
  readonly respondentId: string;
  readonly name: string;
  readonly roleGroup: RoleGroup;
  readonly team: string | null;
  readonly pillars: readonly RespondentPillarScore[];
}

/**
 * Respondents × pillars, grouped by role group (model order), then by name. Uses the engine's
 * per-respondent scores (from the analysis when there is one, else computed per respondent).
 */
export function heatmapRows(
  model: MaturityModel,
  people: readonly { readonly id: string; readonly name: string; readonly roleGroup: RoleGroup; readonly team: string | null }[],
  responses: readonly ScanResponse[],
  analysis: EngagementAnalysis | null,
): HeatmapRow[] {
  const scores = new Map(analysis?.respondents.map((r) => [r.respondentId, r.pillars]) ?? []);
  const byId = new Map(responses.map((r) => [r.respondentId, r]));
  const rows = people.map((p) => {
    const response = byId.get(p.id);
    const pillars = scores.get(p.id) ?? (response ? respondentPillarScores(model, response) : []);
    return { respondentId: p.id, name: p.name, roleGroup: p.roleGroup, team: p.team, pillars };
  });
  const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });
  return rows.sort((a, b) => ROLE_GROUPS.indexOf(a.roleGroup) - ROLE_GROUPS.indexOf(b.roleGroup) || collator.compare(a.name, b.name));
}

export interface CompareItemRow {
  readonly key: ItemKey;
  readonly pillar: PillarKey;
  readonly answers: readonly (ItemAnswer | null)[];
  /** Highest − lowest level among the answers with a level; `null` with fewer than two. */
  readonly spread: number | null;
}

export interface CompareView {
  readonly pillars: readonly {
    readonly pillar: PillarKey;
    readonly scores: readonly RespondentPillarScore[];
    readonly desired: readonly (LevelNumber | null)[];
    readonly importance: readonly (LevelNumber | null)[];
    readonly comments: readonly (string | null)[];
    readonly items: readonly CompareItemRow[];
  }[];
  readonly kpis: readonly { readonly key: string; readonly level: LevelNumber; readonly answers: readonly (KpiAnswer | null)[]; readonly differs: boolean }[];
}

/** Two or more respondents side by side, down to the item (consultant only). */
export function compareRespondents(model: MaturityModel, responses: readonly ScanResponse[]): CompareView {
  const scores = responses.map((r) => respondentPillarScores(model, r));
  return {
    pillars: model.pillars.map((p, pi) => ({
      pillar: p.key,
      scores: scores.map((s) => s[pi]!),
      desired: responses.map((r) => r.desired[p.key] ?? null),
      importance: responses.map((r) => r.importance[p.key] ?? null),
      comments: responses.map((r) => {
        const c = r.comments?.[p.key]?.trim();
        return c ? c : null;
      }),
      items: p.items.map((item) => {
        const answers = responses.map((r) => r.items[item.key] ?? null);
        const levels = answers.filter((a): a is LevelNumber => typeof a === "number");
        return {
          key: item.key,
          pillar: p.key,
          answers,
          spread: levels.length < 2 ? null : Math.max(...levels) - Math.min(...levels),
        };
      }),
    })),
    kpis: model.kpis.map((k) => {
      const answers = responses.map((r) => r.kpis[k.key] ?? null);
      const given = answers.filter((a) => a === "yes" || a === "no");
      return { key: k.key, level: k.level, answers, differs: new Set(given).size > 1 };
    }),
  };
}

/**
 * The respondents chosen for a comparison, in the order asked: `null` when any id is not a
 * submitted respondent of this engagement (the page is then not found, like a foreign id).
 */
export function pickRespondents<P extends { readonly id: string }>(
  people: readonly P[],
  responses: readonly ScanResponse[],
  ids: readonly string[],
): { person: P; response: ScanResponse }[] | null {
  const index = new Map(people.map((p, i) => [p.id, i]));
  const out: { person: P; response: ScanResponse }[] = [];
  for (const id of ids) {
    const i = index.get(id);
    if (i === undefined || !people[i] || !responses[i]) return null;
    out.push({ person: people[i], response: responses[i] });
  }
  return out;
}

/** A level 1–5 as a 0–1 position on the colour scale of the heatmap (`null` stays `null`). */
export function heatPosition(score: number | null): number | null {
  return score === null ? null : Math.min(1, Math.max(0, (score - 1) / 4));
}
