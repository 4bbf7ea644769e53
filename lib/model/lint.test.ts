import { describe, expect, it } from "vitest";
import { model2026_1, model2026_2 } from "./index";
import type { ActionKpis } from "./lint";
import {
  joinedClaims,
  kpiActionLogic,
  lengthSpread,
  levelMarkers,
  lintModel,
  longSentences,
  overlong,
  unexplainedJargon,
} from "./lint";
import type { Item, MaturityModel } from "./types";

describe("model lint: 2026.2 passes every rule", () => {
  it("has no findings at all", () => {
    expect(lintModel(model2026_2)).toEqual([]);
  });

  it("links every level-2–5 KPI to an action of its own step (structured links, not text)", () => {
    const linked = model2026_2.actions.flatMap((a) => a.kpiKeys ?? []);
    expect(new Set(linked)).toEqual(new Set(model2026_2.kpis.filter((k) => k.level >= 2).map((k) => k.key)));
  });
});

/**
 * 2026.1 was written before these rules; it stays released as it is. What it fails is listed here
 * literally (docs/methodology.md, change log), so a change to the rules or the model shows up.
 * 2026.1 has no action → KPI links: the reading below is the review's (issue #20) — which 2026.1
 * actions say in their text that they start measuring a KPI.
 */
const READING_2026_1: Readonly<Record<string, readonly string[]>> = {
  "organisation.2.kpi_set": ["sales_cycle_length"],
  "organisation.3.forecast_method": ["forecast_accuracy"],
  "organisation.4.market_scenarios": ["market_adaptation_speed"],
  "marketing.3.campaign_roi": ["marketing_campaign_roi"],
  "marketing.4.new_offer_pilots": ["revenue_share_new_offerings"],
  "coaching.4.improvement_experiments": ["employee_satisfaction"],
  "leadership.3.culture_measurement": ["employee_turnover"],
  "accounts.1.after_sales_contact": ["customer_retention"],
  "accounts.3.clv_nps_tracking": ["customer_lifetime_value", "net_promoter_score"],
  "accounts.4.co_creation": ["upsell_cross_sell_revenue_share"],
};
const reading2026_1: ActionKpis = (action) => READING_2026_1[action.key] ?? [];

describe("model lint: what 2026.1 fails (expected, documented)", () => {
  const m = model2026_1;

  it("joins claims with ';' in 54 of 125 statements (in both languages)", () => {
    const findings = joinedClaims(m);
    expect(new Set(findings.filter((f) => f.detail.startsWith("nl:")).map((f) => f.subject)).size).toBe(54);
    expect(new Set(findings.filter((f) => f.detail.startsWith("en:")).map((f) => f.subject)).size).toBe(54);
  });

  it("marks levels with words: 'continu…' only at level 5, 'vast/standaard…' mostly at level 4", () => {
    expect(levelMarkers(m).map((f) => `${f.subject} ${f.detail}`)).toEqual([
      "nl:continuity 14 of 14 at level 5",
      "nl:fixedness 15 of 23 at level 4",
      "en:continuity 14 of 15 at level 5",
      "en:fixedness 14 of 17 at level 4",
      "en:scarcity 10 of 16 at level 2",
      "en:quality 5 of 8 at level 5",
    ]);
  });

  it("passes the 1.5 × median length rule, but four items spread their lengths more than 1.6 ×", () => {
    expect(overlong(m)).toEqual([]);
    expect(lengthSpread(m).map((f) => `${f.subject} ${f.detail.slice(0, 2)}`)).toEqual([
      "marketing.segmentation en",
      "coaching.ratios en",
      "leadership.role_models nl",
      "leadership.role_models en",
    ]);
  });

  it("has 37 sentences over 20 words (13 Dutch) in 28 statements", () => {
    const findings = longSentences(m);
    expect(findings).toHaveLength(37);
    expect(findings.filter((f) => f.detail.startsWith("nl:"))).toHaveLength(13);
    expect(new Set(findings.map((f) => f.subject)).size).toBe(28);
  });

  it("uses jargon without explanation in 10 items", () => {
    expect([...new Set(unexplainedJargon(m).map((f) => f.subject))]).toEqual([
      "organisation.kpis_activities",
      "organisation.crm",
      "organisation.forecasting",
      "marketing.lead_generation",
      "marketing.decisions_data",
      "coaching.ratios",
      "leadership.external_network",
      "accounts.dmu_coverage",
      "accounts.opportunities",
      "accounts.long_term_growth",
    ]);
  });

  it("leaves three roadmap steps without a KPI, 11 of 20 KPIs without an action, and two links in the wrong place", () => {
    expect(kpiActionLogic(m, reading2026_1).map((f) => `${f.rule} ${f.subject}`)).toEqual([
      "step_without_kpi marketing 1→2",
      "step_without_kpi coaching 3→4",
      "step_without_kpi leadership 2→3",
      "kpi_without_action response_time",
      "kpi_without_action cost_of_sales_per_customer",
      "kpi_without_action quota_attainment",
      "kpi_without_action short_term_profit_margin",
      "kpi_without_action profit_per_customer",
      "kpi_without_action customer_satisfaction",
      "kpi_without_action lead_to_customer_conversion",
      "kpi_without_action marketing_campaign_roi",
      "kpi_without_action first_call_resolution",
      "kpi_without_action net_promoter_score",
      "kpi_without_action innovation_roi",
      // campaign ROI (a level-3 KPI) is measured a step late; NPS is a marketing KPI in 2026.1
      "kpi_action_mismatch marketing.3.campaign_roi → marketing_campaign_roi",
      "kpi_action_mismatch accounts.3.clv_nps_tracking → net_promoter_score",
    ]);
  });
});

/** A copy of 2026.2 with one statement replaced, to show each text rule can fail. */
function withStatement(nl: string, en = "A neutral statement of ordinary length for this test."): MaturityModel {
  const [first, ...rest] = model2026_2.pillars;
  const [item, ...items] = first!.items;
  const changed: Item = { ...item!, statements: { ...item!.statements, 3: { nl, en } } };
  return { ...model2026_2, pillars: [{ ...first!, items: [changed, ...items] }, ...rest] };
}

describe("model lint: each text rule fails on a bad statement", () => {
  const rules = (m: MaturityModel) => [...new Set(lintModel(m).map((f) => f.rule))];

  it("';' joining claims", () => {
    expect(rules(withStatement("Er is een plan met doelgroepen; het wordt per kwartaal besproken."))).toContain("joined_claims");
  });

  it("a level-marking word at one level only", () => {
    expect(levelMarkers(withStatement("Het commercieel plan wordt continu bijgewerkt met nieuwe cijfers.")).map((f) => f.subject)).toEqual([
      "nl:continuity",
    ]);
  });

  it("a statement longer than 1.5 × the median", () => {
    const long = "Het omzetdoel is uitgewerkt in een commercieel plan met doelgroepen, activiteiten, budgetten, planningen, verantwoordelijken en tussentijdse doelen per maand.";
    expect(rules(withStatement(long))).toEqual(expect.arrayContaining(["length", "length_spread"]));
  });

  it("jargon without explanation", () => {
    expect(unexplainedJargon(withStatement("Het omzetdoel staat in de pipeline met een eigen forecast per maand.")).map((f) => f.detail)).toEqual([
      'nl: "forecast" without explanation',
      'nl: "pipeline" without explanation',
    ]);
  });

  it("a KPI without action and a step without KPI", () => {
    const m: MaturityModel = { ...model2026_2, kpis: model2026_2.kpis.filter((k) => k.key !== "forecast_accuracy") };
    expect(kpiActionLogic(m).map((f) => `${f.rule} ${f.subject}`)).toEqual([
      "step_without_kpi organisation 3→4",
      "kpi_action_mismatch organisation.3.forecast_accuracy → forecast_accuracy",
    ]);
    const noLink: MaturityModel = { ...model2026_2, actions: model2026_2.actions.map((a) => ({ ...a, kpiKeys: [] })) };
    expect(kpiActionLogic(noLink)).toHaveLength(20);
  });
});
