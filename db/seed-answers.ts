/**
 * Realistic demo answers: each organisation has a true level per pillar, each role group sees
 * it a little differently (management rosier, customer service sharper), each person adds
 * their own tendency and noise, and some items get "don't know". Deterministic (seeded), so
 * the demo results are the same on every machine.
 */
import { getModel } from "../lib/model";
import { seededRandom } from "../lib/random";
import type { PillarKey, RoleGroup } from "../lib/model/types";
import { CURRENT_MODEL_VERSION } from "../lib/model/version";

const ROLE_BIAS: Record<RoleGroup, number> = {
  management: 0.7,
  sales: 0,
  marketing: 0.2,
  account_management: 0.1,
  customer_service: -0.4,
  other: -0.1,
};

// Roles whose people often cannot judge a pillar: more "don't know" there.
const FAR_FROM: Partial<Record<RoleGroup, PillarKey[]>> = {
  customer_service: ["marketing", "leadership"],
  marketing: ["coaching", "accounts"],
  other: ["coaching", "marketing"],
};

export interface DemoAnswer {
  readonly key: string;
  readonly value: string;
}

const clamp = (v: number) => Math.min(5, Math.max(1, Math.round(v)));

/**
 * Answers of one respondent to the given model version: the first `itemLimit` items (in scan
 * order) and, when complete, desired level, importance and the KPI checklist.
 */
export function demoAnswers(
  organisation: Readonly<Record<PillarKey, number>>,
  roleGroup: RoleGroup,
  seed: number,
  itemLimit = Number.POSITIVE_INFINITY,
  modelVersion: string = CURRENT_MODEL_VERSION,
): DemoAnswer[] {
  const model = getModel(modelVersion);
  const random = seededRandom(seed);
  const tendency = (random() - 0.5) * 0.8;
  const out: DemoAnswer[] = [];
  let itemIndex = 0;
  for (const pillar of model.pillars) {
    const truth = organisation[pillar.key] + ROLE_BIAS[roleGroup] + tendency;
    const far = FAR_FROM[roleGroup]?.includes(pillar.key) ?? false;
    for (const item of pillar.items) {
      if (itemIndex++ >= itemLimit) return out;
      const r = random();
      if (r < (far ? 0.3 : 0.04)) out.push({ key: `item:${item.key}`, value: "dont_know" });
      else if (r > 0.985) out.push({ key: `item:${item.key}`, value: "not_applicable" });
      else out.push({ key: `item:${item.key}`, value: String(clamp(truth + (random() - 0.5) * 1.8)) });
    }
    const desired = clamp(organisation[pillar.key] + 1 + random() * 1.4);
    out.push({ key: `desired:${pillar.key}`, value: String(desired) });
    out.push({ key: `importance:${pillar.key}`, value: String(clamp(3 + (random() - 0.3) * 2.5)) });
  }
  for (const kpi of model.kpis) {
    const maturity = organisation[kpi.pillar];
    const likely = kpi.level <= maturity + 0.5 ? 0.8 : kpi.level <= maturity + 1.5 ? 0.35 : 0.08;
    const r = random();
    out.push({ key: `kpi:${kpi.key}`, value: r < 0.08 ? "dont_know" : r < 0.08 + likely * 0.92 ? "yes" : "no" });
  }
  return out;
}
