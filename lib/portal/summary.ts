/**
 * The portal's summary of one published report, built only from the frozen snapshot of
 * report_versions (the client-safe results and the roadmap exactly as published). Pure: the
 * page renders it, and the tests serialize it to prove no respondent data is in it.
 */
import { getModel } from "../model";
import type { LevelNumber, Locale, MaturityModel, PillarKey, Text } from "../model/types";
import type { ReportResults } from "../reports/snapshot";
import type { RoadmapDocument } from "../roadmap/document";
import { OTHER_GROUP_LABEL } from "../scoring/client-safe";
import { PHASES, type Phase } from "../scoring/roadmap";

/** A published version's results as served (revived, cut down, re-checked: lib/reports/served.ts). */
export type PublishedResults = ReportResults;

export interface PortalPillar {
  readonly pillar: PillarKey;
  readonly name: string;
  readonly mean: number | null;
  readonly stagedLevel: LevelNumber | null;
  readonly desired: number | null;
  readonly rating: { readonly level: number; readonly note: string | null } | null;
}

export interface PortalRoadmapItem {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly pillar: string | null;
  readonly owner: string | null;
  readonly targetQuarter: string | null;
}

export interface PortalSummary {
  readonly status: "ok" | "too_few_responses";
  readonly k: number;
  readonly n: number | null;
  readonly overall: { readonly mean: number | null; readonly honestLevel: LevelNumber | null } | null;
  readonly pillars: readonly PortalPillar[];
  /** Role groups as the client-safe view shows them (already ≥ k; small ones merged). */
  readonly roleGroups: readonly { readonly key: string; readonly label: string; readonly n: number; readonly mean: number | null }[];
  readonly executiveSummary: string;
  readonly keyFindings: readonly string[];
  readonly phases: readonly { readonly phase: Phase; readonly items: readonly PortalRoadmapItem[] }[];
  /** The consultant's notes per pillar (their own judgement, beside the figures). */
  readonly notes: readonly { readonly pillar: string; readonly level: number; readonly note: string }[];
}

const text = (value: Text, locale: Locale) => value[locale] || value.nl;

function pillarName(model: MaturityModel, key: PillarKey, locale: Locale): string {
  const pillar = model.pillars.find((p) => p.key === key);
  return pillar ? text(pillar.name, locale) : key;
}

export function portalSummary(results: PublishedResults, roadmap: RoadmapDocument, locale: Locale): PortalSummary {
  const model = getModel(results.view.modelVersion);
  const ratingOf = (key: PillarKey) => results.ratings.find((r) => r.pillar === key) ?? null;
  const view = results.view;
  const pillars: PortalPillar[] = model.pillars.map((p) => {
    const figures = view.status === "ok" ? view.total.pillars.find((x) => x.pillar === p.key) : undefined;
    const ambition = view.status === "ok" ? view.total.ambition.find((x) => x.pillar === p.key) : undefined;
    const rating = ratingOf(p.key);
    return {
      pillar: p.key,
      name: text(p.name, locale),
      mean: figures?.mean ?? null,
      stagedLevel: figures?.stagedLevel ?? null,
      desired: ambition?.desired ?? null,
      rating: rating ? { level: rating.level, note: rating.note } : null,
    };
  });
  const roleGroups =
    view.status === "ok"
      ? view.roleGroups.map((g) => ({
          key: g.key ?? "other",
          label: g.key === null ? text(OTHER_GROUP_LABEL, locale) : text(model.roleGroups[g.key as keyof typeof model.roleGroups] ?? { nl: g.key, en: g.key }, locale),
          n: g.n,
          mean: g.overall.mean,
        }))
      : [];
  const items = roadmap.items.map((item) => {
    const action = item.actionKey ? model.actions.find((a) => a.key === item.actionKey) : undefined;
    return {
      phase: item.phase,
      entry: {
        id: item.id,
        title: item.title ?? (action ? text(action.title, locale) : ""),
        description: item.description ?? (action ? text(action.description, locale) : ""),
        pillar: item.pillar ? pillarName(model, item.pillar, locale) : null,
        owner: item.owner,
        targetQuarter: item.targetQuarter,
      },
    };
  });
  return {
    status: view.status,
    k: view.k,
    n: view.status === "ok" ? view.total.n : null,
    overall: view.status === "ok" ? view.total.overall : null,
    pillars,
    roleGroups,
    executiveSummary: roadmap.executiveSummary,
    keyFindings: roadmap.keyFindings,
    phases: PHASES.map((phase) => ({ phase, items: items.filter((i) => i.phase === phase).map((i) => i.entry) })).filter((p) => p.items.length > 0),
    notes: results.ratings
      .filter((r) => r.note?.trim())
      .map((r) => ({ pillar: pillarName(model, r.pillar, locale), level: r.level, note: r.note!.trim() })),
  };
}
