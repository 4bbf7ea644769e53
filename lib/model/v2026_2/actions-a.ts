import type { ImprovementAction } from "../types";
import { action } from "./build";

/**
 * Actions of 2026.2 for the sales organisation and marketing. Each step L → L+1 is written from
 * the pillar's level-(L+1) statements (never from a later level) and names, in `kpiKeys`, the
 * pillar's level-(L+1) KPI that it starts measuring.
 */
export const organisationActions: readonly ImprovementAction[] = [
  // 1 → 2
  action("organisation", 1, "annual_target_roles", [], ["Stel een jaardoel vast en verdeel de klanten", "Set an annual target and divide the customers"], [
    "De directeur en de salesverantwoordelijke leggen een omzetdoel voor het jaar vast, verdelen het per verkoper en spreken af wie welke klanten, regio's of producten bedient.",
    "The managing director and the head of sales set a revenue target for the year, divide it per sales rep and agree who serves which customers, regions or products.",
  ]),
  action("organisation", 1, "customer_system", [], ["Zet klanten en contactpersonen in één klantsysteem", "Put customers and contacts in one customer system"], [
    "Kies één klantsysteem (CRM) of richt het bestaande opnieuw in. Zet alle klanten en contactpersonen erin en geef iedereen in sales toegang. Eén beheerder bewaakt de basisgegevens.",
    "Choose one customer system (CRM) or set up the existing one again. Put all customers and contacts in it and give everyone in sales access. One administrator looks after the basic data.",
  ]),
  action("organisation", 1, "response_agreement", ["response_time"], ["Spreek af wie klantvragen beantwoordt en hoe snel", "Agree who answers customer questions and how fast"], [
    "Leg vast wie klantvragen oppakt en binnen welke tijd de klant een reactie krijgt. Meet elke maand de reactietijd en bespreek die in het teamoverleg.",
    "Agree who picks up customer questions and within what time the customer gets a reply. Measure the response time every month and discuss it in the team meeting.",
  ]),
  // 2 → 3
  action("organisation", 2, "commercial_plan", [], ["Werk het omzetdoel uit in een commercieel plan", "Work the revenue target out in a commercial plan"], [
    "Management en sales vertalen het businessplan naar een commercieel plan: welke doelgroepen, welk aanbod, welke activiteiten en welk doel per maand voor afspraken en offertes.",
    "Management and sales translate the business plan into a commercial plan: which target groups, which offer, which activities and which monthly target for meetings and quotes.",
  ]),
  action("organisation", 2, "sales_process", ["sales_cycle_length"], ["Beschrijf het verkoopproces en volg deals per fase", "Describe the sales process and track deals by stage"], [
    "Beschrijf de stappen van het verkoopproces, leg elke deal met zijn fase vast in het klantsysteem en bereken daaruit de verwachte omzet. Meet elk kwartaal hoe lang een deal gemiddeld duurt.",
    "Describe the steps of the sales process, record each deal with its stage in the customer system and calculate the expected revenue from it. Measure every quarter how long a deal takes on average.",
  ]),
  action("organisation", 2, "question_registration", [], ["Leg elke klantvraag vast tot ze is opgelost", "Record every customer question until it is solved"], [
    "Registreer elke klantvraag in één systeem, met een eigenaar. De vraag blijft openstaan tot het probleem van de klant is opgelost, niet tot er een antwoord is gestuurd.",
    "Record every customer question in one system, with an owner. The question stays open until the customer's problem is solved, not until a reply has been sent.",
  ]),
  // 3 → 4
  action("organisation", 3, "quarterly_review", [], ["Leg het plan elk kwartaal naast de cijfers", "Compare the plan with the figures every quarter"], [
    "Bespreek elk kwartaal het commercieel plan met de cijfers uit het klantsysteem. Wijkt een cijfer af, dan wordt binnen een maand een actie met een eigenaar afgesproken.",
    "Every quarter, discuss the commercial plan with the figures from the customer system. When a figure is off target, agree an action with an owner within a month.",
  ]),
  action("organisation", 3, "forecast_accuracy", ["forecast_accuracy"], ["Meet hoe juist de verwachte omzet is", "Measure how accurate the expected revenue is"], [
    "Haal de verwachte omzet rechtstreeks uit het klantsysteem en vergelijk die elke maand met de echte omzet. De salesmanager zoekt de oorzaak van grote verschillen en past de berekening aan.",
    "Take the expected revenue directly from the customer system and compare it with actual revenue every month. The sales manager looks for the cause of large gaps and adjusts the calculation.",
  ]),
  action("organisation", 3, "handover_service", [], ["Maak afspraken met marketing en service", "Make agreements with marketing and service"], [
    "Spreek met marketing en service af wie wat overdraagt, van lead tot klantvraag. Service telt vragen en klachten per soort en bespreekt elke maand met sales welke problemen terugkomen.",
    "Agree with marketing and service who hands over what, from lead to customer question. Service counts questions and complaints by type and discusses every month with sales which problems keep coming back.",
  ]),
  // 4 → 5
  action("organisation", 4, "improvement_round", [], ["Laat alle teams verbeteringen voorstellen en testen", "Let all teams propose and test improvements"], [
    "Organiseer elk kwartaal een sessie waarin sales, marketing en service verbeteringen voor plan en werkwijze voorstellen, ook voor problemen die terugkomen. Test een gekozen idee eerst in één team.",
    "Every quarter, hold a session in which sales, marketing and service propose improvements to plan and way of working, also for problems that keep coming back. Test a chosen idea in one team first.",
  ]),
  action("organisation", 4, "market_scenarios", ["market_adaptation_speed"], ["Maak scenario's voor andere marktsituaties", "Prepare scenarios for other market situations"], [
    "Werk met het managementteam twee of drie scenario's uit voor omzet en bezetting, elk met een plan. Meet elk jaar hoeveel tijd het kostte om plan of aanbod aan te passen na een verandering in de markt.",
    "With the management team, work out two or three scenarios for revenue and staffing, each with a plan. Measure every year how long it took to adjust plan or offer after a change in the market.",
  ]),
  action("organisation", 4, "buying_prediction", [], ["Voorspel welke klanten gaan kopen", "Predict which customers will buy"], [
    "Laat een analist of een externe partij gegevens uit het klantsysteem combineren met andere bronnen, zoals websitebezoek, om te voorspellen welke klanten gaan kopen. Verkopers krijgen die lijst elke week.",
    "Have an analyst or an outside partner combine customer-system data with other sources, such as website visits, to predict which customers will buy. Sales reps get that list every week.",
  ]),
];

export const marketingActions: readonly ImprovementAction[] = [
  // 1 → 2
  action("marketing", 1, "core_message", [], ["Kies één kernboodschap voor alle acties", "Choose one core message for all actions"], [
    "Vat samen wat het bedrijf onderscheidt en gebruik die boodschap in alle acties. Spreek af hoe bestaande klanten en nieuwe klanten elk worden benaderd.",
    "Sum up what sets the company apart and use that message in all actions. Agree how existing customers and new customers are each approached.",
  ]),
  action("marketing", 1, "enquiry_follow_up", [], ["Spreek af wie aanvragen opvolgt", "Agree who follows up enquiries"], [
    "Leg vast wie nieuwe aanvragen via website, telefoon of netwerk oppakt en binnen welke termijn. Zet elke aanvraag in het klantsysteem.",
    "Agree who picks up new enquiries via website, phone or network, and within what time. Put every enquiry in the customer system.",
  ]),
  action("marketing", 1, "basic_figures", ["cost_of_sales_per_customer"], ["Houd de basiscijfers van marketing bij", "Keep the basic marketing figures"], [
    "Houd bij hoeveel bezoek, reacties en aanvragen acties opleveren. Bereken elk kwartaal wat het kost om een klant te winnen en te bedienen.",
    "Track how many visits, responses and enquiries actions bring in. Calculate every quarter what it costs to win and serve a customer.",
  ]),
  // 2 → 3
  action("marketing", 2, "target_groups_plan", [], ["Kies doelgroepen en maak een jaarplan", "Choose target groups and make an annual plan"], [
    "Kies met sales en directie twee of drie doelgroepen. Maak een jaarplan met campagnes, met per doelgroep een eigen boodschap en gekozen kanalen.",
    "Choose two or three target groups with sales and management. Make an annual plan of campaigns, with a message and chosen channels for each target group.",
  ]),
  action("marketing", 2, "offer_per_group", [], ["Maak per doelgroep een passend aanbod", "Make a suitable offer per target group"], [
    "Voer per doelgroep gesprekken met vijf tot tien klanten over wat ze nodig hebben. Leg per doelgroep het aanbod vast. Sales en marketing gebruiken daarna dezelfde woorden.",
    "For each target group, talk to five to ten customers about what they need. Write down the offer per target group. Sales and marketing then use the same words.",
  ]),
  action("marketing", 2, "lead_requirements", [], ["Spreek af wanneer een lead naar sales gaat", "Agree when a lead goes to sales"], [
    "Marketing en sales spreken samen af aan welke eisen een lead voldoet voordat sales hem oppakt, zoals behoefte, budget en wie beslist.",
    "Marketing and sales agree together which requirements a lead meets before sales picks it up, such as need, budget and who decides.",
  ]),
  action("marketing", 2, "campaign_return", ["marketing_campaign_roi"], ["Bereken wat grote campagnes opleveren", "Calculate what large campaigns bring in"], [
    "Koppel grote campagnes in het klantsysteem aan leads en deals. Bereken elk kwartaal wat elke campagne opleverde en wat ze kostte.",
    "Link large campaigns to leads and deals in the customer system. Every quarter, calculate what each campaign brought in and what it cost.",
  ]),
  // 3 → 4
  action("marketing", 3, "customer_value", ["customer_lifetime_value"], ["Bereken de waarde van een klant per doelgroep", "Calculate customer value per target group"], [
    "Bereken elk jaar per doelgroep wat een klant oplevert zolang die klant blijft (CLTV). Beschrijf met die cijfers hoe de ideale klant eruitziet.",
    "Every year, calculate per target group what a customer brings in for as long as they stay (CLTV). Use these figures to describe what the ideal customer looks like.",
  ]),
  action("marketing", 3, "shared_lead_view", [], ["Volg leads samen met sales in één systeem", "Track leads with sales in one system"], [
    "Zet elke lead in het klantsysteem en laat marketing en sales zien wat er met de lead gebeurt, tot die klant is. Bespreek elke maand samen waar leads afhaken.",
    "Put every lead in the customer system and let marketing and sales see what happens to it until it becomes a customer. Discuss together every month where leads drop out.",
  ]),
  action("marketing", 3, "campaign_format", [], ["Werk met één beschreven campagne-opzet", "Work with one written campaign format"], [
    "Beschrijf één opzet voor campagnes: doelgroep, boodschap, kanalen, wie wat doet en hoe sales de reacties opvolgt. Elke nieuwe campagne begint met deze opzet.",
    "Write down one format for campaigns: target group, message, channels, who does what and how sales follows up the responses. Every new campaign starts from this format.",
  ]),
  action("marketing", 3, "budget_by_return", [], ["Verdeel het budget op wat campagnes opleverden", "Divide the budget by what campaigns brought in"], [
    "De marketingmanager verdeelt het budget voor het volgende halfjaar op basis van wat eerdere campagnes per doelgroep en kanaal hebben opgeleverd.",
    "The marketing manager divides the budget for the next six months based on what earlier campaigns brought in per target group and channel.",
  ]),
  // 4 → 5
  action("marketing", 4, "co_develop_offers", ["revenue_share_new_offerings"], ["Ontwikkel nieuw aanbod samen met klanten", "Develop new offers together with customers"], [
    "Start elk halfjaar met een paar klanten een proef met een nieuw product of een nieuwe dienst. Volg elk kwartaal welk deel van de omzet uit nieuw aanbod komt.",
    "Every six months, start a trial of a new product or service with a few customers. Track every quarter which share of revenue comes from new offers.",
  ]),
  action("marketing", 4, "test_agenda", [], ["Test campagnes en doelgroepen in twee versies", "Test campaigns and target groups in two versions"], [
    "Test bij elke campagne twee versies van boodschap of kanaal en gebruik de versie die meer oplevert. Test een nieuwe doelgroep eerst op kleine schaal. Schuif tijdens de campagne budget naar wat werkt.",
    "In every campaign, test two versions of message or channel and use the one that brings in more. Test a new target group on a small scale first. Move budget to what works during the campaign.",
  ]),
  action("marketing", 4, "lead_prediction", [], ["Bereken per lead de kans op een klant", "Calculate each lead's chance of becoming a customer"], [
    "Gebruik de resultaten van eerdere leads om per nieuwe lead te berekenen hoe groot de kans is dat die klant wordt. Sales pakt leads met de grootste kans eerst op.",
    "Use the results of earlier leads to calculate for each new lead how likely it is to become a customer. Sales picks up the most likely leads first.",
  ]),
];
