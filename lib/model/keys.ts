import type { PillarKey } from "./types";

/**
 * The 25 item keys of model 2026.1, five themes per pillar, in display order.
 * Fixed here first so that the model texts, the scoring engine and stored answers agree.
 */
export const ITEM_KEYS_2026_1 = {
  organisation: [
    "organisation.commercial_plan", // business plan translated into a commercial plan
    "organisation.structure", // set-up of the sales department, roles, commercial means
    "organisation.kpis_activities", // KPIs, targets and activity planning
    "organisation.crm", // use of CRM
    "organisation.forecasting", // planning and forecasting growth
  ],
  marketing: [
    "marketing.segmentation", // target groups, segmentation of existing and new customers
    "marketing.offer", // choice of existing products / new services, proposition
    "marketing.lead_generation", // lead generation plan, qualification, hand-over to sales
    "marketing.campaigns", // marketing and sales campaigns, channels, messages, conversion
    "marketing.decisions_data", // marketing decisions based on analysis, ROI measurement
  ],
  coaching: [
    "coaching.coaching_practice", // coaching of reps and account managers
    "coaching.skills_feedback", // developing skills, regular feedback
    "coaching.motivation", // motivating steering
    "coaching.teamwork", // teamwork and collaboration in the sales team
    "coaching.ratios", // result-oriented steering with ratios, monitoring progress
  ],
  leadership: [
    "leadership.culture", // vision on culture, creative collaboration
    "leadership.leading_teams", // leading teams to sales quality and commercial excellence
    "leadership.role_models", // inspiring, internal role models
    "leadership.internal_network", // collaboration across sales, marketing, customer success
    "leadership.external_network", // networking with prospects, customers, advisers, stakeholders
  ],
  accounts: [
    "accounts.account_teams", // planning and structuring account teams
    "accounts.dmu_coverage", // coverage of existing and new contacts in the DMUs
    "accounts.account_plans", // account plans with commercial goals and agenda
    "accounts.opportunities", // identifying opportunities, structured follow-up
    "accounts.long_term_growth", // long-term relationships and account growth
  ],
} as const satisfies Record<PillarKey, readonly string[]>;

/**
 * The 26 item keys of model 2026.2, in display order. A key that also exists in 2026.1 names the
 * same theme, but its statements differ: item deltas across versions are never computed.
 * New: organisation.customer_contact (the article's "klantcontact", L3), coaching.customer_focus
 * (coaching's "verhogen van de klanttevredenheid", L3); coaching.development merges 2026.1's
 * coaching_practice and skills_feedback (one ladder: learning by doing → coaching → feedback on
 * described skills → peer coaching).
 */
export const ITEM_KEYS_2026_2 = {
  organisation: [
    "organisation.commercial_plan",
    "organisation.structure",
    "organisation.kpis_activities",
    "organisation.crm",
    "organisation.forecasting",
    "organisation.customer_contact", // customer contact and service (article: pillar title, L3)
  ],
  marketing: [
    "marketing.segmentation",
    "marketing.offer",
    "marketing.lead_generation",
    "marketing.campaigns",
    "marketing.decisions_data",
  ],
  coaching: [
    "coaching.development", // coaching and feedback on skills
    "coaching.customer_focus", // coaching on customer satisfaction
    "coaching.motivation",
    "coaching.teamwork",
    "coaching.ratios",
  ],
  leadership: [
    "leadership.culture",
    "leadership.leading_teams",
    "leadership.role_models",
    "leadership.internal_network",
    "leadership.external_network",
  ],
  accounts: [
    "accounts.account_teams",
    "accounts.dmu_coverage",
    "accounts.account_plans",
    "accounts.opportunities",
    "accounts.long_term_growth",
  ],
} as const satisfies Record<PillarKey, readonly string[]>;
