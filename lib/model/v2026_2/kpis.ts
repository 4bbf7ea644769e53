import type { Kpi, KpiRhythm, LevelNumber, PillarKey } from "../types";
import type { Pair } from "./build";
import { text } from "./build";

function kpi(key: string, level: LevelNumber, pillar: PillarKey, rhythm: KpiRhythm, name: Pair, explanation: Pair): Kpi {
  return { key, level, pillar, rhythm, name: text(name), explanation: text(explanation) };
}

/**
 * The article's 26 KPIs (6 for level 1, 5 each for levels 2–5), keys as in 2026.1.
 * What changed (see docs/methodology.md, change log):
 * - each KPI has a rhythm at which it is measured and reviewed; the scan asks about that rhythm;
 * - levels 1–2 are basics (activity counts): shown, never evidence of maturity
 *   (`kpiEvidenceFromLevel: 3` in the model);
 * - the pillar mapping is the firm's own (the article gives none) and follows one rule: every
 *   pillar has exactly one KPI at each of the levels 2–5, so each roadmap step L → L+1 names a
 *   KPI, and the step's actions start measuring it.
 */
export const kpis: readonly Kpi[] = [
  // level 1 (basics)
  kpi("revenue_per_rep", 1, "coaching", "monthly", ["Omzet per verkoper", "Revenue per sales rep"], [
    "De omzet die elke verkoper maakt. Zegt iets over één persoon, niet over de kwaliteit van de deals.",
    "The revenue each sales rep makes. It says something about one person, not about the quality of the deals.",
  ]),
  kpi("deals_closed", 1, "organisation", "monthly", ["Aantal gesloten deals", "Number of deals closed"], [
    "Hoeveel deals er per periode worden gewonnen. Zegt niets over winst of tevreden klanten.",
    "How many deals are won per period. It says nothing about profit or satisfied customers.",
  ]),
  kpi("average_deal_size", 1, "accounts", "quarterly", ["Gemiddelde dealgrootte", "Average deal size"], [
    "De gemiddelde waarde van een gewonnen deal.",
    "The average value of a deal won.",
  ]),
  kpi("new_customers", 1, "marketing", "monthly", ["Aantal nieuwe klanten", "Number of new customers"], [
    "Hoeveel nieuwe klanten er per periode bij komen, los van hoe lang ze blijven.",
    "How many new customers are won per period, regardless of how long they stay.",
  ]),
  kpi("short_term_revenue", 1, "leadership", "monthly", ["Omzet deze maand of dit kwartaal", "Revenue this month or quarter"], [
    "De omzet van de lopende periode, zonder te kijken naar later.",
    "The revenue of the current period, without looking further ahead.",
  ]),
  kpi("sales_target_attainment", 1, "organisation", "quarterly", ["Deel van de salesdoelen gehaald", "Share of sales targets reached"], [
    "Welk deel van de salesdoelen van de organisatie wordt gehaald.",
    "Which share of the organisation's sales targets is reached.",
  ]),
  // level 2 (basics; each is measured by an action of its pillar's step 1 → 2)
  kpi("response_time", 2, "organisation", "monthly", ["Reactietijd op klantvragen", "Response time to customer questions"], [
    "Hoe snel een klant een reactie krijgt op een vraag of verzoek.",
    "How quickly a customer gets a reply to a question or request.",
  ]),
  kpi("cost_of_sales_per_customer", 2, "marketing", "quarterly", ["Verkoopkosten per klant", "Cost of sales per customer"], [
    "Wat het kost om een klant te winnen en te bedienen, zoals reclame, bezoeken en offertes.",
    "What it costs to win and serve a customer, such as advertising, visits and quotes.",
  ]),
  kpi("quota_attainment", 2, "coaching", "monthly", ["Persoonlijk doel gehaald", "Personal target reached"], [
    "Welk deel van zijn persoonlijke doel elke verkoper haalt.",
    "Which share of their personal target each sales rep reaches.",
  ]),
  kpi("short_term_profit_margin", 2, "leadership", "monthly", ["Winstmarge per deal", "Profit margin per deal"], [
    "Hoeveel winst een deal oplevert, en niet alleen hoe groot de deal is.",
    "How much profit a deal makes, not only how big the deal is.",
  ]),
  kpi("customer_retention", 2, "accounts", "quarterly", ["Klantbehoud", "Customer retention"], [
    "Welk deel van de klanten blijft klant.",
    "Which share of customers stays a customer.",
  ]),
  // level 3
  kpi("sales_cycle_length", 3, "organisation", "quarterly", ["Doorlooptijd van een deal", "Sales cycle length"], [
    "Hoe lang het gemiddeld duurt van eerste contact tot gesloten deal.",
    "How long it takes on average from first contact to a closed deal.",
  ]),
  kpi("marketing_campaign_roi", 3, "marketing", "quarterly", ["Opbrengst van campagnes (ROI)", "Campaign return (ROI)"], [
    "Wat een campagne opbrengt, vergeleken met wat die kost.",
    "What a campaign brings in, compared with what it costs.",
  ]),
  kpi("customer_satisfaction", 3, "coaching", "quarterly", ["Klanttevredenheid", "Customer satisfaction"], [
    "Hoe tevreden klanten zijn over producten, diensten en het contact, bijvoorbeeld met een cijfer na elk contact.",
    "How satisfied customers are with products, services and contact, for example as a score after each contact.",
  ]),
  kpi("lead_to_customer_conversion", 3, "leadership", "monthly", ["Deel van de leads dat klant wordt", "Lead-to-customer conversion"], [
    "Welk deel van de leads klant wordt. Marketing en sales bepalen dit samen.",
    "Which share of leads becomes a customer. Marketing and sales determine this together.",
  ]),
  kpi("profit_per_customer", 3, "accounts", "yearly", ["Winst per klant", "Profit per customer"], [
    "Wat een klant oplevert na aftrek van de kosten van verkoop en service.",
    "What a customer brings in after the costs of sales and service.",
  ]),
  // level 4
  kpi("forecast_accuracy", 4, "organisation", "monthly", ["Juistheid van de verwachte omzet", "Forecast accuracy"], [
    "Hoe dicht de verwachte omzet bij de echte omzet ligt.",
    "How close the expected revenue is to the actual revenue.",
  ]),
  kpi("customer_lifetime_value", 4, "marketing", "yearly", ["Waarde van een klant over de hele relatie (CLTV)", "Customer lifetime value (CLTV)"], [
    "Wat een klant naar verwachting oplevert zolang die klant blijft. Helpt om doelgroepen te kiezen.",
    "What a customer is expected to bring in for as long as they stay. Helps to choose target groups.",
  ]),
  kpi("first_call_resolution", 4, "coaching", "monthly", ["Opgelost bij het eerste contact", "First contact resolution"], [
    "Welk deel van de klantvragen bij het eerste contact wordt opgelost.",
    "Which share of customer questions is solved at the first contact.",
  ]),
  kpi("employee_turnover", 4, "leadership", "quarterly", ["Verloop in het salesteam", "Sales staff turnover"], [
    "Welk deel van de salesmedewerkers per jaar vertrekt.",
    "Which share of sales staff leaves per year.",
  ]),
  kpi("net_promoter_score", 4, "accounts", "yearly", ["Aanbevelingsscore (NPS)", "Net Promoter Score (NPS)"], [
    "Hoeveel klanten het bedrijf zouden aanbevelen, min hoeveel dat niet zouden doen.",
    "How many customers would recommend the company, minus how many would not.",
  ]),
  // level 5
  kpi("market_adaptation_speed", 5, "organisation", "yearly", ["Snelheid van aanpassen aan de markt", "Speed of adapting to the market"], [
    "Hoeveel tijd het kost om plan, aanbod of werkwijze aan te passen na een verandering in de markt.",
    "How much time it takes to adjust plan, offer or way of working after a change in the market.",
  ]),
  kpi("revenue_share_new_offerings", 5, "marketing", "quarterly", ["Omzet uit nieuwe producten en diensten", "Revenue from new products and services"], [
    "Welk deel van de omzet komt uit producten en diensten die de laatste twee jaar zijn gestart.",
    "Which share of revenue comes from products and services launched in the last two years.",
  ]),
  kpi("employee_satisfaction", 5, "coaching", "yearly", ["Medewerkerstevredenheid", "Employee satisfaction"], [
    "Hoe tevreden medewerkers zijn over hun werk, hun ontwikkeling en de begeleiding.",
    "How satisfied staff are with their work, their development and the guidance they get.",
  ]),
  kpi("innovation_roi", 5, "leadership", "yearly", ["Opbrengst van vernieuwing", "Return on innovation"], [
    "Wat projecten voor vernieuwing opleveren, vergeleken met wat ze kosten.",
    "What innovation projects bring in, compared with what they cost.",
  ]),
  kpi("upsell_cross_sell_revenue_share", 5, "accounts", "quarterly", ["Omzet uit extra verkoop aan bestaande klanten", "Revenue from extra sales to existing customers"], [
    "Welk deel van de omzet komt uit meer of andere producten voor klanten die er al zijn (upsell en cross-sell).",
    "Which share of revenue comes from more or other products for existing customers (upsell and cross-sell).",
  ]),
];
