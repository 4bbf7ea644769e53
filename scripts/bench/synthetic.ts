/**
 * A deterministic synthetic engagement for the benchmark: respondents spread over role groups
 * and four teams, answers = organisation level + role-group bias + team effect + personal
 * tendency ± noise, with don't know, not applicable, empty items and empty pillars, desired
 * levels, importance, KPI answers and a few comments. Same seed → same responses.
 */
import type { ItemKey, LevelNumber, MaturityModel, PillarKey, RoleGroup } from "../../lib/model";
import type { ItemAnswer, KpiAnswer, ScanResponse } from "../../lib/scoring";
import { createPrng } from "./prng";
import type { Prng } from "./prng";

export const TEAMS = ["Noord", "Zuid", "Oost", "West"] as const;

/** Share of respondents per role group (a sales-heavy organisation, few managers). */
const ROLE_MIX: readonly (readonly [RoleGroup, number])[] = [
  ["management", 0.07],
  ["sales", 0.45],
  ["marketing", 0.12],
  ["account_management", 0.2],
  ["customer_service", 0.11],
  ["other", 0.05],
];
/** Managers rate their organisation higher than the rest (the perception gap). */
const ROLE_BIAS: Record<RoleGroup, number> = {
  management: 0.45,
  sales: 0,
  marketing: -0.1,
  account_management: 0.05,
  customer_service: -0.2,
  other: -0.1,
};
/** Pillars a role group can judge; outside them don't know is four times as likely. */
const HOME_PILLARS: Record<RoleGroup, readonly PillarKey[]> = {
  management: ["organisation", "marketing", "coaching", "leadership", "accounts"],
  sales: ["organisation", "coaching", "leadership", "accounts"],
  marketing: ["organisation", "marketing", "leadership"],
  account_management: ["organisation", "coaching", "leadership", "accounts"],
  customer_service: ["organisation", "accounts"],
  other: ["organisation"],
};
/** Teams (and a few respondents without one). */
const TEAM_MIX: readonly (readonly [string | null, number])[] = [
  [TEAMS[0], 0.34],
  [TEAMS[1], 0.28],
  [TEAMS[2], 0.22],
  [TEAMS[3], 0.12],
  [null, 0.04],
];
/** Typical share of organisations tracking a KPI of each level. */
const KPI_TRACK_RATE: Record<LevelNumber, number> = { 1: 0.85, 2: 0.6, 3: 0.4, 4: 0.2, 5: 0.08 };
const COMMENTS = ["Plan is er, uitvoering niet", "CRM wordt slecht bijgehouden", "Meer coaching graag", " Te weinig tijd voor accounts "];

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const toLevel = (x: number): LevelNumber => clamp(Math.round(x), 1, 5) as LevelNumber;

interface Organisation {
  readonly pillarBase: Record<PillarKey, number>;
  readonly itemOffset: ReadonlyMap<ItemKey, number>;
  readonly teamEffect: ReadonlyMap<string | null, number>;
  readonly kpiRate: ReadonlyMap<string, number>;
}

function organisation(model: MaturityModel, rng: Prng): Organisation {
  const pillarBase = {} as Record<PillarKey, number>;
  const itemOffset = new Map<ItemKey, number>();
  for (const p of model.pillars) {
    pillarBase[p.key] = clamp(rng.normal(2.6, 0.5), 1.3, 4.3);
    for (const item of p.items) itemOffset.set(item.key, rng.normal(0, 0.35));
  }
  const teamEffect = new Map<string | null, number>(TEAM_MIX.map(([t]) => [t, t === null ? 0 : rng.normal(0, 0.3)]));
  const kpiRate = new Map(model.kpis.map((k) => [k.key, clamp(KPI_TRACK_RATE[k.level] + rng.normal(0, 0.15), 0.02, 0.98)]));
  return { pillarBase, itemOffset, teamEffect, kpiRate };
}

function respondent(model: MaturityModel, org: Organisation, rng: Prng, index: number): ScanResponse {
  const roleGroup = rng.weighted(ROLE_MIX);
  const team = rng.weighted(TEAM_MIX);
  const tendency = rng.normal(0, 0.45); // lenient or strict rater
  const noise = 0.5 + 0.4 * rng.next();
  const dkScale = 0.5 + 1.5 * rng.next(); // some people click "don't know" much more often
  const items: Partial<Record<ItemKey, ItemAnswer>> = {};
  const desired: Partial<Record<PillarKey, LevelNumber>> = {};
  const importance: Partial<Record<PillarKey, LevelNumber>> = {};
  const comments: Partial<Record<PillarKey, string>> = {};
  for (const p of model.pillars) {
    const perceived = org.pillarBase[p.key] + ROLE_BIAS[roleGroup] + (org.teamEffect.get(team) ?? 0) + tendency;
    if (!rng.chance(0.06)) desired[p.key] = toLevel(perceived + rng.normal(1, 0.5));
    if (!rng.chance(0.06)) importance[p.key] = toLevel(rng.normal(3.6, 0.9));
    if (rng.chance(0.04)) comments[p.key] = rng.weighted(COMMENTS.map((c) => [c, 1] as const));
    if (rng.chance(0.025)) continue; // pillar left empty
    const dk = dkScale * (HOME_PILLARS[roleGroup].includes(p.key) ? 0.03 : 0.12);
    for (const item of p.items) {
      const r = rng.next();
      if (r < dk) items[item.key] = "dont_know";
      else if (r < dk + 0.02) items[item.key] = "not_applicable";
      else if (r < dk + 0.035) continue; // item left empty
      else items[item.key] = toLevel(perceived + (org.itemOffset.get(item.key) ?? 0) + rng.normal(0, noise));
    }
  }
  const kpiDk = roleGroup === "customer_service" || roleGroup === "other" ? 0.3 : 0.12;
  const kpis: Partial<Record<string, KpiAnswer>> = {};
  for (const kpi of model.kpis) {
    if (rng.chance(0.03)) continue;
    if (rng.chance(kpiDk)) kpis[kpi.key] = "dont_know";
    else kpis[kpi.key] = rng.chance(clamp((org.kpiRate.get(kpi.key) ?? 0.5) + 0.1 * tendency, 0, 1)) ? "yes" : "no";
  }
  return {
    respondentId: `r${String(index + 1).padStart(5, "0")}`,
    roleGroup,
    team,
    items,
    desired,
    importance,
    kpis,
    ...(Object.keys(comments).length > 0 ? { comments } : {}),
  };
}

/** `count` synthetic responses of one organisation; deterministic for a given seed. */
export function syntheticResponses(model: MaturityModel, seed: number, count: number): ScanResponse[] {
  const rng = createPrng(seed);
  const org = organisation(model, rng);
  return Array.from({ length: count }, (_, i) => respondent(model, org, rng, i));
}

/** FNV-1a hash of the responses, printed so a change in the generated data is visible. */
export function fingerprint(responses: readonly ScanResponse[]): string {
  const text = JSON.stringify(responses);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
